package io.pullwatch.core.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconSentimentScorerTest {

    private final LexiconSentimentScorer scorer = new LexiconSentimentScorer();

    private double en(String text) {
        return scorer.score(text, "en").score();
    }

    private double fr(String text) {
        return scorer.score(text, "fr").score();
    }

    /** Fancy "bold" letters from outside the BMP once stopped the tokenizer from advancing: a hung job. */
    @Test
    @Timeout(5)
    void lettersOutsideTheBasicPlaneNeverStallTheScorer() {
        String bold = "\uD835\uDDDF\uD835\uDDF2\uD835\uDE00 \uD835\uDDF2\uD835\uDDFB\uD835\uDDFE\uD835\uDE02";
        String text = "Une nouvelle saison ! " + bold + " excellent, disponible en replay";

        assertThat(fr(text)).isPositive();
        assertThat(en(bold)).isZero();
    }

    /** Social APIs escape "<" and ">": "&lt;3" is the heart "<3", not a stray "3". */
    @Test
    void readsEmoticonsThroughTheHtmlEscapingOfSocialApis() {
        assertThat(en("Staff at the till &lt;3")).isPositive().isEqualTo(en("Staff at the till <3"));
        assertThat(en("Queue again &lt;/3")).isNegative().isEqualTo(en("Queue again </3"));
        assertThat(en("Fish &amp; chips")).isEqualTo(en("Fish & chips"));
    }

    /**
     * English AFINN words VADER's raters did not rate count from AFINN's level 2: "big" and "capabilities" (level 1)
     * describe, "gem" (level 3) praises.
     */
    @Test
    void englishWordsOnlyAfinnRatesCountFromItsSecondLevel() {
        assertThat(en("Big data capabilities for the team")).isZero();
        assertThat(en("This phone is a gem")).isPositive();
    }

    /**
     * VADER's file rates "lol" and "ok" twice, in its slang block and again among the words; VADER reads it into a
     * dictionary, so the later rating is the one it scores with: 1.8 and 1.2, whose normalised scores are these.
     */
    @Test
    void aWordVaderRatesTwiceKeepsTheRatingVaderScoresWith() {
        assertThat(en("lol")).isCloseTo(1.8 / Math.sqrt(1.8 * 1.8 + 15), within(1e-6));
        assertThat(en("ok")).isCloseTo(1.2 / Math.sqrt(1.2 * 1.2 + 15), within(1e-6));
        assertThat(en("D:")).as("an emoticon keeps the emoticon block's rating").isNegative();
    }

    /** "hand" is in VADER's slang block as "have a nice day" (2.2): read as slang, every hand would be praise. */
    @Test
    void slangAcronymsThatSpellOrdinaryWordsAreNotScored() {
        assertThat(en("On the other hand, the hand dryer and the pita stand")).isZero();
        assertThat(en("\u270B")).as("the emoji \"raised hand\"").isZero();
        assertThat(en("a film with heart")).as("heart keeps its rating").isPositive();
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
            "en | The food is good.                                 | POSITIVE",
            "en | The food is not good.                             | NEGATIVE",
            "en | The food is not bad.                              | POSITIVE",
            "en | I didn't like it at all                           | NEGATIVE",
            "en | No problem at all                                 | POSITIVE",
            "en | gr8 service, luv it                               | POSITIVE",
            "en | The food is good but the service is terrible.    | NEGATIVE",
            "en | The service is terrible but the food is good.    | POSITIVE",
            "en | Although the food is good, the service is terrible. | NEGATIVE",
            "en | Getting a cat wouldn't be such a bad idea.        | POSITIVE",
            "en | That wouldn't be such a good idea.                | NEGATIVE",
            "fr | C'est bon.                                        | POSITIVE",
            "fr | Ce n'est pas bon.                                 | NEGATIVE",
            "fr | C'est pas bon.                                    | NEGATIVE",
            "fr | Ce n'est pas terrible.                            | NEGATIVE",
            "fr | C'est pas terrible.                               | NEGATIVE",
            "fr | C'est pas mal du tout.                            | POSITIVE",
            "fr | Je ne l'aime plus.                                | NEGATIVE",
            "fr | Un film sans intérêt.                             | NEGATIVE",
            "fr | Rien de bon.                                      | NEGATIVE",
            "fr | Il n'y a que du bon.                              | POSITIVE",
            "fr | Peu intéressant.                                  | NEGATIVE",
            "fr | J'adore !                                         | POSITIVE",
            "fr | J’adore l'accueil                                 | POSITIVE",
            "fr | c'est nul                                         | NEGATIVE",
            "fr | c'est nuuul                                       | NEGATIVE",
            "fr | bof                                               | NEGATIVE",
            "fr | top                                               | POSITIVE",
            "fr | mdr                                               | POSITIVE",
            "fr | ptdr trop drôle                                   | POSITIVE",
            "fr | Le film est beau mais l'histoire est nulle.       | NEGATIVE",
            "fr | Le film est beau. Cependant, l'histoire est nulle. | NEGATIVE",
            "fr | Bien que l'histoire soit belle, le film est nul.  | NEGATIVE",
            "fr | Une bonne idée, des vendeuses gentilles.          | POSITIVE",
            "fr | Ce n'est pas une bonne idée.                      | NEGATIVE",
            "fr | Ce n'est pas du tout une mauvaise idée.           | POSITIVE",
    })
    void labelsFollowTheRules(String language, String text, SentimentLabel expected) {
        Sentiment sentiment = scorer.score(text, language);

        assertThat(sentiment.label()).isEqualTo(expected);
        assertThat(sentiment.confidence()).isPositive();
    }

    @Nested
    class Intensity {

        @Test
        void intensifiersRaiseAndDampenersLower() {
            assertThat(en("The food is extremely good")).isGreaterThan(en("The food is good"));
            assertThat(en("The food is slightly good")).isLessThan(en("The food is good")).isPositive();
            assertThat(fr("très bon")).isGreaterThan(fr("bon"));
            assertThat(fr("vraiment bon")).isGreaterThan(fr("bon"));
            assertThat(fr("assez bon")).isLessThan(fr("bon")).isPositive();
            assertThat(fr("un peu long")).isGreaterThan(fr("long")).isNegative();
        }

        @Test
        void unaccentedSocialSpellingMatchesTheAccentedWord() {
            assertThat(fr("tres bon")).isCloseTo(fr("très bon"), within(1e-12));
        }

        @Test
        void capitalsInMixedCaseTextAndExclamationMarksEmphasise() {
            assertThat(en("The food is GOOD.")).isGreaterThan(en("The food is good."));
            assertThat(en("The food is good!!!")).isGreaterThan(en("The food is good."));
            assertThat(fr("Un film MAGNIFIQUE")).isGreaterThan(fr("Un film magnifique"));
        }

        @Test
        void elongatedWordsAreRecognisedAndEmphasised() {
            assertThat(en("The food is soooo goooood")).isGreaterThan(en("The food is good"));
            assertThat(fr("c'est nuuul")).isLessThan(fr("c'est nul"));
        }

        @Test
        void laterClauseOfAContrastWeighsMore() {
            assertThat(en("Great screen. But the battery is bad."))
                    .isLessThan(en("Great screen. The battery is bad."));
        }

        @Test
        void negationStopsAtTheClauseEnd() {
            assertThat(en("Not what I expected, great value.")).isPositive();
            assertThat(fr("jamais revu ça, génial")).isPositive();
        }

        @Test
        void negationNeverReachesLaughterOrInterjections() {
            assertThat(en("I have no idea lol")).isGreaterThan(en("I have no idea"));
            assertThat(en("not sure lol")).isGreaterThan(en("not sure"));
            assertThat(fr("pas compris mdr")).isGreaterThan(fr("pas compris"));
        }

        @Test
        void neverSoAndNeverThisEmphasiseInsteadOfNegating() {
            assertThat(en("I have never been so happy")).isGreaterThan(en("I have been happy"));
            assertThat(en("never this good")).isPositive();
            assertThat(en("never good")).isNegative();
        }

        @Test
        void degreeAdverbsOfCurrentEnglishIntensify() {
            assertThat(en("delivery was insanely fast")).isZero(); // "fast" has no valence of its own
            assertThat(en("insanely good")).isGreaterThan(en("good"));
            assertThat(en("ridiculously good prices")).isGreaterThan(en("good prices"));
        }

        @Test
        void reviewersProsAndConsCarrySentiment() {
            assertThat(en("Big minus: the battery.")).isNegative();
            assertThat(en("The case is a big plus.")).isPositive();
            assertThat(en("Two plus two")).isZero();
        }

        @Test
        void cantWaitIsEagernessNotANegatedWait() {
            assertThat(en("Can't wait to go back!")).isPositive();
            assertThat(en("cant wait for the sale")).isPositive();
        }

        @Test
        void likeAsAComparisonOrARequestCarriesNoSentiment() {
            assertThat(en("Looks like rain today")).isZero();
            assertThat(en("It felt like an hour in the queue")).isZero();
            assertThat(en("I would like a refund")).isZero();
            assertThat(en("Sounds like a great deal")).isPositive(); // the compared thing keeps its own sentiment
            assertThat(en("I like this store")).isPositive();
        }

        @Test
        void tooOrTropBeforeASizePriceOrTimeIsAComplaint() {
            assertThat(en("The jacket is too small")).isNegative();
            assertThat(en("Way too expensive for what it is")).isNegative();
            assertThat(en("Too many people at the till")).isNegative();
            assertThat(en("Not too big, not too small")).isPositive(); // "not too X" is what one hoped for
            assertThat(en("I love it too")).isPositive(); // "too" as "also"
            assertThat(en("Me too")).isZero();
            assertThat(fr("Beaucoup trop cher")).isNegative(); // "cher" is also "dear" to the lexicons
            assertThat(fr("La veste est trop petite")).isNegative();
            assertThat(fr("Trop de monde en caisse")).isNegative();
            assertThat(fr("Pas cher du tout")).isPositive();
            assertThat(fr("Trop beau")).isPositive(); // colloquial "trop" before a sentiment word is "very"
        }

        @Test
        void frenchBienIsGoodWhenItModifiesNothing() {
            assertThat(fr("C'est bien")).isPositive();
            assertThat(fr("Très bien, merci")).isPositive();
            assertThat(fr("Ce n'est pas bien")).isNegative();
            assertThat(fr("Bien meilleur que l'autre")).isGreaterThan(fr("Meilleur que l'autre"));
            assertThat(fr("Une bien pâle copie")).isNotPositive(); // "bien" of degree, before an unrated word
            assertThat(fr("Colis bien reçu, article bien emballé")).isPositive(); // a job well done
            assertThat(fr("Pas bien emballé")).isNegative();
            assertThat(fr("Bien sûr")).isZero();
            assertThat(fr("Eh bien, voilà")).isZero();
        }

        @Test
        void retailVerdictsCarrySentiment() {
            assertThat(en("Don't waste your money")).isNegative(); // not a negated "waste"
            assertThat(en("Save your money")).isNegative();
            assertThat(en("It fell apart after a week")).isNegative();
            assertThat(en("The zip doesn't work")).isNegative();
            assertThat(en("Never arrived")).isNegative();
            assertThat(en("Exactly what I needed")).isPositive();
            assertThat(en("Comfy and sturdy")).isPositive();
            assertThat(fr("À fuir !")).isNegative();
            assertThat(fr("Colis jamais reçu")).isNegative();
            assertThat(fr("Article non conforme")).isNegative();
            assertThat(fr("Je m'attendais à mieux")).isNegative();
            assertThat(fr("Rien à redire, nickel")).isPositive();
        }

        @Test
        void serviceAndComingBackCarrySentiment() {
            assertThat(en("Overpriced and the staff were unhelpful")).isNegative();
            assertThat(en("We won't be back")).isNegative();
            assertThat(en("We will definitely be back")).isPositive();
            assertThat(fr("Je ne reviendrai pas")).isNegative();
            assertThat(fr("Vendeuse sympa et serviable")).isPositive();
            assertThat(fr("Mauvais rapport qualité prix")).isNegative(); // "qualité" is not praise in this phrase
            assertThat(fr("Prix trop élevés")).isNegative(); // "prix" is a price, not a prize
            assertThat(en("We waited forever and it could be better")).isNegative();
            assertThat(en("Very professional, went above and beyond")).isPositive();
            assertThat(fr("Très professionnel")).isPositive();
            assertThat(fr("Personnel débordé, peut mieux faire")).isNegative();
        }

        @Test
        void frenchSocialSlangCarriesSentiment() {
            assertThat(fr("Un accueil de ouf")).isPositive();
            assertThat(fr("Ça craint, la caisse est relou")).isNegative();
            assertThat(fr("Mouais")).isNegative();
        }

        @Test
        void qualityIsWhatTheAdjectiveJudges() {
            assertThat(en("Poor quality")).isNegative();
            assertThat(en("Low quality, looks cheap")).isNegative();
            assertThat(en("Great quality, would buy again")).isPositive();
            assertThat(fr("Qualité médiocre")).isNegative();
            assertThat(fr("Déçu de la qualité")).isNegative();
            assertThat(fr("Un produit de qualité")).isPositive();
        }

        @Test
        void comparingWithThePastEmphasisesInsteadOfNegating() {
            assertThat(en("Never been this happy")).isPositive();
            assertThat(en("Haven't been this happy in years")).isPositive();
            assertThat(en("Haven't been this sore in a while.")).isNegative();
            assertThat(en("It hasn't been so bad")).isPositive(); // an understatement, not emphasis
            assertThat(en("Haven't been happy")).isNegative();
        }
    }

    @Nested
    class Symbols {

        @Test
        void emoticonsAndEmojiCarrySentiment() {
            assertThat(en(":)")).isPositive();
            assertThat(en(":(")).isNegative();
            assertThat(en("😍")).isPositive();
            assertThat(en("😢")).isNegative();
            assertThat(en("I love it 😍")).isGreaterThan(en("I love it"));
        }

        @Test
        void otherLanguagesAreReadFromSymbolsOnly() {
            assertThat(scorer.score("Das ist gut", "de").isKnown()).isFalse();
            assertThat(scorer.score("Das ist gut 😍", "de").label()).isEqualTo(SentimentLabel.POSITIVE);
        }
    }

    @Nested
    class Robustness {

        @Test
        void textWithoutReadableSentimentHasZeroConfidence() {
            assertThat(scorer.score("The table is brown.", "en")).isEqualTo(Sentiment.UNKNOWN);
            assertThat(scorer.score("", "fr")).isEqualTo(Sentiment.UNKNOWN);
            assertThat(scorer.score(null, "en")).isEqualTo(Sentiment.UNKNOWN);
            assertThat(scorer.score("@happy https://good.example &amp;", "en")).isEqualTo(Sentiment.UNKNOWN);
        }

        @Test
        void oddInputNeverThrowsAndStaysInRange() {
            String[] inputs = {"\uD83D", "!!!???", "'''", "-", "a-", "' good", "x".repeat(100_000),
                    "good ".repeat(20_000), "J'", "n'", "pas", "mais", ":-)))", "\n\n\n"};
            for (String text : inputs) {
                for (String language : new String[] {"en", "fr", "unknown", null, ""}) {
                    Sentiment s = scorer.score(text, language);
                    assertThat(s.score()).isBetween(-1.0, 1.0);
                    assertThat(s.confidence()).isBetween(0.0, 1.0);
                    assertThat(s.label()).isEqualTo(RatingSentiment.labelOf(s.score()));
                }
            }
        }

        @Test
        void concurrentCallsGiveTheSameScores() {
            String[] texts = {"The food is not good.", "C'est pas terrible.", "soooo goooood!!! :)", "top mais bof"};
            double[] expected = IntStream.range(0, texts.length).mapToDouble(i -> en(texts[i]) + fr(texts[i])).toArray();

            boolean allEqual = IntStream.range(0, 4_000).parallel()
                    .allMatch(k -> en(texts[k % texts.length]) + fr(texts[k % texts.length]) == expected[k % texts.length]);

            assertThat(allEqual).isTrue();
        }
    }
}
