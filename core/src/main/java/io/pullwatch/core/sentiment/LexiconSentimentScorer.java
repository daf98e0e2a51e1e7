package io.pullwatch.core.sentiment;

import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.language.LanguageIdentifier;
import io.pullwatch.core.sentiment.Tokenizer.Kind;
import io.pullwatch.core.sentiment.Tokenizer.Token;
import java.util.Arrays;
import java.util.List;

/**
 * Rule-aware lexicon scorer for English and French, after VADER (Hutto &amp; Gilbert, ICWSM 2014) with the changes
 * that help on review text:
 *
 * <ul>
 *   <li>negation reaches VADER's three words but never past a clause break or a "but" (VADER's window crosses
 *       commas: "not what I expected, great value"), and French "ne … pas" is one negation, not two, with
 *       "ne … que" read as "only";
 *   <li>each sentence is summed on its own, with its "!"/"?" emphasis, and a sentence opening with "But"/"Mais"
 *       halves the weight of what came before it, as "but" does inside a sentence;
 *   <li>long texts are normalised on the sum divided by √(opinionated sentences) rather than on the raw sum, which
 *       in VADER saturates at ±1 after a few sentences whatever the balance;
 *   <li>elongated words ("goood", "nuuul") are read in their short form and emphasised like a booster;
 *   <li>"too" / "trop" before a word of size, price, time or taste is a complaint ("too small", "trop cher"), and
 *       French "bien" is "good" where it modifies nothing ("c'est bien") rather than always a booster;
 *   <li>VADER's lexicon is completed by AFINN and by inflection rewrites; French merges multilang AFINN-fr (with its
 *       phrases), AFINN-fr and Pattern stems matched as prefixes.
 * </ul>
 *
 * <p>Languages other than English and French are scored on emoji and emoticons only: English words would misread
 * them ("die" is an article in German). Thread-safe; never throws.
 */
public final class LexiconSentimentScorer implements SentimentScorer {

    /** VADER's empirically derived constants. */
    private static final float NEGATION_SCALAR = -0.74f;
    /** VADER: "never so good" is better than good. */
    private static final float EMPHATIC_NEGATION = 1.25f;
    private static final float CAPS_INCREMENT = 0.733f;
    private static final float EXCLAMATION_INCREMENT = 0.292f;
    private static final int MAX_EXCLAMATIONS = 4;
    private static final float QUESTION_INCREMENT = 0.18f;
    private static final float MAX_QUESTION_EMPHASIS = 0.96f;
    private static final double NORMALIZATION_ALPHA = 15.0;
    private static final float[] BOOSTER_DECAY = {1.0f, 0.95f, 0.9f};
    private static final float BEFORE_CONTRAST = 0.5f;
    private static final float AFTER_CONTRAST = 1.5f;
    private static final float CONCESSION = 0.5f;
    /** An elongated sentiment word ("goood") is emphasised like one preceded by a booster. */
    private static final float ELONGATION_INCREMENT = LanguageRules.BOOST;
    /** Evidence (summed |valence|) at which confidence reaches 63% of its ceiling. */
    private static final double EVIDENCE_SCALE = 3.0;
    /** VADER's negation reach: a negator affects the next three words (and never past the clause). */
    private static final int NEGATION_WINDOW = 3;

    @Override
    public Sentiment score(String text, String language) {
        if (text == null || text.isBlank()) {
            return Sentiment.UNKNOWN;
        }
        try {
            return score(text, lexiconFor(language), !isScoredLanguage(language));
        } catch (RuntimeException e) {
            return Sentiment.UNKNOWN; // a scorer bug must not stop the stream; the text simply goes unscored
        }
    }

    private static boolean isScoredLanguage(String language) {
        return language == null || language.isEmpty() || language.equals(LanguageIdentifier.UNKNOWN)
                || language.startsWith("en") || language.startsWith("fr");
    }

    private static Lexicon lexiconFor(String language) {
        return language != null && language.startsWith("fr") ? Lexicon.french() : Lexicon.english();
    }

    private static Sentiment score(String text, Lexicon lexicon, boolean symbolsOnly) {
        List<Token> tokens = lexicon.tokenizer().tokenize(text);
        SentenceScorer sentence = new SentenceScorer(lexicon, hasMixedCase(tokens), symbolsOnly);
        TextAggregate aggregate = new TextAggregate();
        int exclamations = 0;
        int questions = 0;
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.SENTENCE_END) {
                exclamations += token.exclamations();
                questions += token.questions();
                aggregate.addSentence(sentence.finish());
                i++;
            } else {
                if (token.kind() == Kind.WORD && sentence.isAtStart()
                        && lexicon.rules().contrastMarkers().contains(token.key())) {
                    aggregate.weakenPreviousSentences(); // "… Great screen. But the battery dies by noon."
                }
                i = sentence.accept(tokens, i);
            }
        }
        aggregate.addSentence(sentence.finish());
        aggregate.addPunctuationEmphasis(exclamations, questions);
        return aggregate.toSentiment();
    }

    /** VADER's "ALL CAPS emphasises" rule only applies when the text is not shouted throughout. */
    private static boolean hasMixedCase(List<Token> tokens) {
        boolean caps = false;
        boolean notCaps = false;
        for (Token t : tokens) {
            if (t.isWord()) {
                if (t.allCaps()) {
                    caps = true;
                } else {
                    notCaps = true;
                }
            }
        }
        return caps && notCaps;
    }

    /** Running valence of the current sentence and the clause-level state (negation, boosters, contrast). */
    private static final class SentenceScorer {
        private final Lexicon lexicon;
        private final LanguageRules rules;
        private final boolean mixedCase;
        private final boolean symbolsOnly;
        private final float[] recentBoosts = new float[BOOSTER_DECAY.length];
        private float sum;
        private float positive;
        private float negative;
        private int words;
        private boolean negated;
        /** The word that opened the current negation scope. */
        private String negator;
        private int wordsSinceNegator;
        private boolean weakNegationOnly;
        private boolean conceding;
        private float contrastWeight = 1f;
        private String previousKey;

        SentenceScorer(Lexicon lexicon, boolean mixedCase, boolean symbolsOnly) {
            this.lexicon = lexicon;
            this.rules = lexicon.rules();
            this.mixedCase = mixedCase;
            this.symbolsOnly = symbolsOnly;
        }

        boolean isAtStart() {
            return words == 0;
        }

        /** Consumes the token at {@code i} (and the rest of a phrase starting there); returns the next index. */
        int accept(List<Token> tokens, int i) {
            Token token = tokens.get(i);
            switch (token.kind()) {
                case CLAUSE_BREAK -> endClause();
                case SYMBOL -> add(lexicon.symbol(token.key()), 1f);
                case WORD -> {
                    return symbolsOnly ? i + 1 : acceptWord(tokens, i);
                }
                default -> { }
            }
            return i + 1;
        }

        private int acceptWord(List<Token> tokens, int i) {
            Token word = functionWord(tokens.get(i));
            String key = word.key();
            words++;
            if (negated && !rules.negationTransparent().contains(key) && ++wordsSinceNegator >= NEGATION_WINDOW) {
                negated = false;
                weakNegationOnly = false;
            }
            Lexicon.Phrase phrase = word.startsPhrases() ? matchPhrase(word.card(), tokens, i) : null;
            if (phrase != null) {
                if (word.ruleWord() && rules.isNegator(previousKey, key)) {
                    negated = false; // "pas terrible" carries its own negation
                }
                addScored(phrase.valence(), false, false);
                int end = i + phrase.keys().length;
                previousKey = tokens.get(end - 1).key();
                return end;
            }
            if (word.ruleWord()) {
                Token next = nextWord(tokens, i);
                if (next != null && rules.excessMarkers().contains(key) && rules.excessTargets().contains(next.key())) {
                    addScored(LanguageRules.EXCESS, next.allCaps() && mixedCase, next.elongated()); // "too small"
                    previousKey = next.key();
                    return i + 2;
                }
                applyRule(word, next);
            } else {
                addScored(valence(word), word.allCaps() && mixedCase, word.elongated());
            }
            previousKey = key;
            return i + 1;
        }

        /**
         * A word some rule reacts to: a contrast, a concession, a negator, a booster, or "que" after "ne".
         * {@code nextWord} is the word that follows, or null.
         */
        private void applyRule(Token word, Token nextWord) {
            String key = word.key();
            String next = nextWord == null ? null : nextWord.key();
            if (rules.contrastMarkers().contains(key)) {
                sum *= BEFORE_CONTRAST;
                positive *= BEFORE_CONTRAST;
                negative *= BEFORE_CONTRAST;
                contrastWeight = AFTER_CONTRAST;
                endClause();
            } else if (rules.opensConcession(key, next)) {
                conceding = true;
                shiftBoost(0f);
            } else if (rules.isNegator(previousKey, key)) {
                weakNegationOnly = rules.isWeakNegator(key) && (!negated || weakNegationOnly);
                negated = true;
                negator = key;
                wordsSinceNegator = -1;
                shiftBoost(0f);
                if (nextWord == null || Float.isNaN(nextWord.valence())) {
                    add(word.valence(), 1f); // VADER: "no" alone ("no idea", "oh no") is negative
                }
            } else if (rules.boosters().containsKey(key) && !standsAlone(key, nextWord)) {
                float boost = rules.boosters().get(key);
                shiftBoost(word.allCaps() && mixedCase ? boost + Math.signum(boost) * CAPS_INCREMENT : boost);
            } else if (rules.interjections().contains(key)) {
                boolean wasNegated = negated;
                negated = false;
                addScored(valence(word), word.allCaps() && mixedCase, word.elongated());
                negated = wasNegated;
            } else {
                if (negated && weakNegationOnly && rules.cancelsWeakNegation(key)) {
                    negated = false;
                }
                addScored(valence(word), word.allCaps() && mixedCase, word.elongated());
            }
        }

        /**
         * Whether a booster with a sense of its own is that word here: at the end of its clause, before a function
         * word ("c'est bien", "ils jouent bien leur rôle", "bien mais long") or before the participle of a job well
         * done ("bien emballé"). Before any other word it is the adverb of degree: "bien meilleur", "une bien pâle
         * copie".
         */
        private boolean standsAlone(String key, Token nextWord) {
            return rules.boostersWithASenseOfTheirOwn().contains(key) && (nextWord == null
                    || rules.functionWords().contains(nextWord.key())
                    || rules.contrastMarkers().contains(nextWord.key())
                    || rules.participlesOfWorkWellDone().contains(nextWord.key()));
        }

        /** The valence of a word; an elongated word may mean its shortened form ("goood"). */
        private float valence(Token word) {
            return word.elongated() ? lexicon.word(word.key(), true) : word.valence();
        }

        /**
         * "soooo" is the booster "so": an elongated function word is read in its shortest form, as a token of its own
         * with the same flags and the short form's card. Any other token is read as it is.
         */
        private Token functionWord(Token token) {
            if (!token.elongated()) {
                return token;
            }
            String squeezed = Lexicon.squeeze(token.key());
            if (squeezed.equals(token.key())
                    || !rules.boosters().containsKey(squeezed) && !rules.isNegator(previousKey, squeezed)) {
                return token;
            }
            return new Token(Kind.WORD, squeezed, lexicon.card(squeezed), token.allCaps(), true, 0, 0);
        }

        /** The longest of the card's phrases that starts at {@code i}, or null. */
        private static Lexicon.Phrase matchPhrase(Lexicon.Card card, List<Token> tokens, int i) {
            Token next = nextWord(tokens, i);
            if (next == null || Arrays.binarySearch(card.secondKeyHashes(), next.keyHash()) < 0) {
                return null; // most often: no phrase has the next word second, told without reading its characters
            }
            Lexicon.Phrase[] candidates = card.phrasesBySecondKey().get(next.key());
            if (candidates == null) {
                return null;
            }
            for (Lexicon.Phrase phrase : candidates) {
                String[] keys = phrase.keys();
                if (i + keys.length > tokens.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 2; k < keys.length && match; k++) {
                    Token t = tokens.get(i + k);
                    match = t.isWord() && t.key().equals(keys[k]);
                }
                if (match) {
                    return phrase;
                }
            }
            return null;
        }

        /** The token after {@code i} when it is a word, or null. */
        private static Token nextWord(List<Token> tokens, int i) {
            return i + 1 < tokens.size() && tokens.get(i + 1).isWord() ? tokens.get(i + 1) : null;
        }

        /** Applies VADER's word-level rules (caps, boosters, negation) and the clause weights to one valence. */
        private void addScored(float valence, boolean emphasisedByCaps, boolean elongated) {
            if (Float.isNaN(valence) || valence == 0f) {
                shiftBoost(0f);
                return;
            }
            float sign = Math.signum(valence);
            float v = valence;
            if (emphasisedByCaps) {
                v += sign * CAPS_INCREMENT;
            }
            if (elongated) {
                v += sign * ELONGATION_INCREMENT;
            }
            for (int d = 0; d < recentBoosts.length; d++) {
                v += sign * recentBoosts[d] * BOOSTER_DECAY[d];
            }
            if (negated) {
                v *= rules.isEmphaticNegation(negator, previousKey) ? EMPHATIC_NEGATION : NEGATION_SCALAR;
            }
            add(v, conceding ? CONCESSION : 1f);
            shiftBoost(0f);
        }

        private void add(float valence, float weight) {
            if (Float.isNaN(valence) || valence == 0f) {
                return;
            }
            float v = valence * weight * contrastWeight;
            sum += v;
            if (v > 0) {
                positive += v;
            } else {
                negative -= v;
            }
        }

        private void shiftBoost(float boost) {
            System.arraycopy(recentBoosts, 0, recentBoosts, 1, recentBoosts.length - 1);
            recentBoosts[0] = boost;
        }

        private void endClause() {
            negated = false;
            weakNegationOnly = false;
            conceding = false;
            Arrays.fill(recentBoosts, 0f);
        }

        /** Closes the sentence, returning {sum, positive part, negative part}, and resets for the next one. */
        float[] finish() {
            float[] result = {sum, positive, negative};
            sum = 0f;
            positive = 0f;
            negative = 0f;
            words = 0;
            contrastWeight = 1f;
            previousKey = null;
            endClause();
            return result;
        }
    }

    /** Text-level combination of sentence sums. */
    private static final class TextAggregate {
        private double total;
        private double positive;
        private double negative;
        private int opinionated;

        void addSentence(float[] sentence) {
            if (sentence[1] == 0f && sentence[2] == 0f) {
                return;
            }
            total += sentence[0];
            positive += sentence[1];
            negative += sentence[2];
            opinionated++;
        }

        void weakenPreviousSentences() {
            total *= BEFORE_CONTRAST;
            positive *= BEFORE_CONTRAST;
            negative *= BEFORE_CONTRAST;
        }

        /**
         * VADER's "!" and "?" emphasis, counted over the whole text as VADER does (per sentence it would grow with
         * length), and scaled like the sentence sums it is added to.
         */
        void addPunctuationEmphasis(int exclamations, int questions) {
            if (total == 0.0) {
                return;
            }
            double emphasis = Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_INCREMENT;
            if (questions > 1) {
                emphasis += Math.min(questions * QUESTION_INCREMENT, MAX_QUESTION_EMPHASIS);
            }
            total += Math.signum(total) * emphasis * Math.sqrt(Math.max(1, opinionated));
        }

        Sentiment toSentiment() {
            double evidence = positive + negative;
            if (evidence == 0.0) {
                return Sentiment.UNKNOWN;
            }
            // Dividing by sqrt(sentences) keeps a one-sentence text exactly VADER's, while a ten-sentence review
            // is judged on its balance instead of saturating at ±1.
            double x = total / Math.sqrt(Math.max(1, opinionated));
            double score = x / Math.sqrt(x * x + NORMALIZATION_ALPHA);
            double agreement = Math.abs(positive - negative) / evidence;
            double confidence = (1.0 - Math.exp(-evidence / EVIDENCE_SCALE)) * (0.5 + 0.5 * agreement);
            return new Sentiment(score, RatingSentiment.labelOf(score), confidence);
        }
    }
}
