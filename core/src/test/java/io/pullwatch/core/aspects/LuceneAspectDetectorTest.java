package io.pullwatch.core.aspects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pullwatch.core.event.AspectMention;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneAspectDetectorTest {

    private static final LuceneAspectDetector DETECTOR = new LuceneAspectDetector(new WordListScorer());

    @AfterAll
    static void close() {
        DETECTOR.close();
    }

    @Test
    void englishContrastGivesEachAspectTheSentimentOfItsOwnClause() {
        List<AspectMention> mentions = DETECTOR.detect("Staff lovely but the queue was endless", "en");

        assertThat(mentions).extracting(AspectMention::aspect)
                .containsExactly("staff-and-service", "waiting-and-queues");
        assertThat(mention(mentions, "staff-and-service").score()).isEqualTo(1.0);
        assertThat(mention(mentions, "waiting-and-queues").score()).isEqualTo(-1.0);
        assertThat(mention(mentions, "waiting-and-queues").evidence()).containsExactly("queue");
    }

    @Test
    void frenchContrastGivesEachAspectTheSentimentOfItsOwnClause() {
        List<AspectMention> mentions =
                DETECTOR.detect("Les vendeuses sont adorables, mais la file d'attente était interminable.", "fr");

        assertThat(mentions).extracting(AspectMention::aspect)
                .containsExactly("staff-and-service", "waiting-and-queues");
        assertThat(mention(mentions, "staff-and-service").score()).isEqualTo(1.0);
        assertThat(mention(mentions, "waiting-and-queues").score()).isEqualTo(-1.0);
        assertThat(mention(mentions, "waiting-and-queues").evidence()).containsExactly("file d'attente");
    }

    @Test
    void twoWordFrenchContrastAlsoSeparatesOpinions() {
        List<AspectMention> mentions = DETECTOR.detect("Prix super, par contre livraison lente", "fr");

        assertThat(mention(mentions, "price-and-promotion").score()).isEqualTo(1.0);
        assertThat(mention(mentions, "delivery-and-online").score()).isEqualTo(-1.0);
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" is about {2} (evidence \"{3}\")")
    @CsvSource(delimiter = '|', value = {
            "en | The queues were long                         | waiting-and-queues     | queues",
            "en | One queue, one cashier                        | waiting-and-queues     | queue",
            "en | Both cashiers were helpful                    | staff-and-service      | cashiers",
            "en | The store's fitting rooms                     | store-and-cleanliness  | fitting rooms",
            "en | Sadly OUT OF STOCK again                      | stock-and-availability | out of stock",
            "en | Sold out in two hours                         | stock-and-availability | sold out",
            "en | Their promo code did not work                 | price-and-promotion    | promo code",
            "en | We waited in line for 40 minutes              | waiting-and-queues     | waited",
            "en | The zippers broke after a week                | product-quality        | zippers",
            "en | The sales assistant was helpful               | staff-and-service      | sales assistant",
            "en | Joint offer with the bakery next door         | partner-operations     | joint offer",
            "fr | La vendeuse était adorable                    | staff-and-service      | vendeuse",
            "fr | Les vendeuses étaient adorables               | staff-and-service      | vendeuses",
            "fr | L'accueil était top                           | staff-and-service      | l'accueil",
            "fr | L’accueil était top                           | staff-and-service      | l’accueil",
            "fr | La caissiere etait top                        | staff-and-service      | caissiere",
            "fr | CAISSIÈRE TRÈS GENTILLE                       | staff-and-service      | caissière",
            "fr | Article epuise                                | stock-and-availability | epuise",
            "fr | ARTICLE ÉPUISÉ                                | stock-and-availability | épuisé",
            "en | The café next door                            | partner-operations     | café",
            "en | The cafe next door                            | partner-operations     | cafe",
            "fr | Plus de stock en 38                           | stock-and-availability | plus de stock",
            "fr | Article épuisé partout                        | stock-and-availability | épuisé",
            "fr | Une file d’attente énorme                     | waiting-and-queues     | file d’attente",
            "fr | Les caisses automatiques sont en panne        | waiting-and-queues     | caisses automatiques",
            "fr | Fermeture éclair cassée au bout d'une semaine | product-quality        | fermeture éclair",
            "fr | Les cabines d'essayage sont sales             | store-and-cleanliness  | cabines d'essayage",
            "fr | Colis jamais arrivé                           | delivery-and-online    | colis",
            "fr | Offre commune avec la boulangerie             | partner-operations     | offre commune",
            "fr | Code promo refusé                             | price-and-promotion    | code promo",
    })
    void findsTermsAcrossInflectionsElisionAndPhrases(String language, String text, String aspect, String evidence) {
        List<AspectMention> mentions = DETECTOR.detect(text, language);

        assertThat(mentions).extracting(AspectMention::aspect).contains(aspect);
        assertThat(mention(mentions, aspect).evidence()).contains(evidence);
    }

    @Test
    void saleIsAPriceInEnglishAndDirtInFrench() {
        assertThat(aspects(DETECTOR.detect("Great sale this weekend", "en"))).containsExactly("price-and-promotion");
        assertThat(aspects(DETECTOR.detect("Everything was on sale", "en"))).containsExactly("price-and-promotion");
        assertThat(aspects(DETECTOR.detect("Le sol est sale", "fr"))).containsExactly("store-and-cleanliness");
        assertThat(aspects(DETECTOR.detect("Toilettes sales", "fr"))).containsExactly("store-and-cleanliness");
    }

    @Test
    void frenchWordsThatAnalysisWouldMergeWithATermAreNotMistakenForIt() {
        // "salé" folds like "sale" (dirty), "pris" stems like "prix", "attentes" (expectations) like "attente".
        assertThat(aspects(DETECTOR.detect("Le prix est un peu salé", "fr"))).containsExactly("price-and-promotion");
        assertThat(DETECTOR.detect("Le pain salé de la veille", "fr")).isEmpty();
        assertThat(DETECTOR.detect("J'ai pris une robe rouge", "fr")).isEmpty();
        assertThat(DETECTOR.detect("Conforme à mes attentes", "fr")).isEmpty();
        assertThat(aspects(DETECTOR.detect("L'attente était longue", "fr"))).containsExactly("waiting-and-queues");
    }

    @Test
    void frenchLightStemmingCollisionsAreGuarded() {
        // The light stemmer drops doubled letters and final vowels: "salle" would be "sale", "livre" would be "livré".
        assertThat(DETECTOR.detect("La salle était pleine", "fr")).isEmpty();
        assertThat(DETECTOR.detect("Ma fille a adoré ce livre", "fr")).isEmpty();
        assertThat(DETECTOR.detect("Personnellement, je m'attendais à mieux", "fr")).isEmpty();
        assertThat(aspects(DETECTOR.detect("Colis livré en retard", "fr"))).containsExactly("delivery-and-online");
    }

    @Test
    void ambiguousEnglishWordsOnlyCountInTheirRetailSense() {
        assertThat(DETECTOR.detect("Can't wait to wear it", "en")).isEmpty();
        assertThat(DETECTOR.detect("The jacket is lined and the lining is soft", "en")).isEmpty();
        assertThat(DETECTOR.detect("I wrote code all day", "en")).isEmpty();
        assertThat(DETECTOR.detect("Sizes run in line with the chart", "en")).isEmpty();
        assertThat(aspects(DETECTOR.detect("We stood in line forever", "en"))).containsExactly("waiting-and-queues");
        assertThat(aspects(DETECTOR.detect("Discount code rejected", "en"))).containsExactly("price-and-promotion");
    }

    @Test
    void frenchOwnIsNotClean() {
        assertThat(DETECTOR.detect("J'ai pris mon propre sac", "fr")).isEmpty();
        assertThat(aspects(DETECTOR.detect("Magasin très propre", "fr"))).containsExactly("store-and-cleanliness");
    }

    @ParameterizedTest(name = "language \"{0}\"")
    @ValueSource(strings = {"unknown", "de", "", "UNKNOWN"})
    void unknownLanguageTriesBoth(String language) {
        assertThat(aspects(DETECTOR.detect("Vendeuse adorable", language))).containsExactly("staff-and-service");
        assertThat(aspects(DETECTOR.detect("Out of stock again", language))).containsExactly("stock-and-availability");
    }

    @Test
    void nullLanguageIsUnknownAndRegionalCodesUseTheirLanguage() {
        assertThat(aspects(DETECTOR.detect("Queue endless", null))).containsExactly("waiting-and-queues");
        assertThat(aspects(DETECTOR.detect("Great sale", "en-GB"))).containsExactly("price-and-promotion");
        assertThat(aspects(DETECTOR.detect("Cabines sales", "fr_CA"))).containsExactly("store-and-cleanliness");
    }

    @Test
    void inAnUnknownLanguageAWordTheTwoLanguagesReadDifferentlyCountsForNeither() {
        assertThat(DETECTOR.detect("sale!!!", "unknown")).isEmpty();
        assertThat(aspects(DETECTOR.detect("Magasin sale", "unknown"))).containsExactly("store-and-cleanliness");
        assertThat(mention(DETECTOR.detect("Magasin sale", "unknown"), "store-and-cleanliness").evidence())
                .containsExactly("magasin");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t", "!!! ???", "🔥🔥🔥"})
    void nothingToReadGivesNothing(String text) {
        assertThat(DETECTOR.detect(text, "en")).isEmpty();
        assertThat(DETECTOR.detect(text, "fr")).isEmpty();
        assertThat(DETECTOR.detect(text, "unknown")).isEmpty();
    }

    @Test
    void textsAboutNothingInTheTaxonomyGiveNothing() {
        assertThat(DETECTOR.detect("What a beautiful day for a walk", "en")).isEmpty();
        assertThat(DETECTOR.detect("Quel beau film, j'ai adoré", "fr")).isEmpty();
    }

    @Test
    void anAspectMentionedInSeveralClausesScoresTheMeanOfThoseItCouldRead() {
        List<AspectMention> mentions =
                DETECTOR.detect("Staff lovely at first. Then a rude cashier. The manager was nice. Clerk: Bob.", "en");

        AspectMention staff = mention(mentions, "staff-and-service");
        assertThat(staff.score()).isCloseTo(1.0 / 3.0, within(1e-9));
        assertThat(staff.evidence()).containsExactly("staff", "rude", "cashier", "manager", "clerk");
    }

    @Test
    void anAspectInClausesWithoutOpinionScoresZero() {
        assertThat(mention(DETECTOR.detect("I went to the store.", "en"), "store-and-cleanliness").score())
                .isZero();
    }

    @Test
    void evidenceIsDeduplicatedAsWrittenAndCappedAtFive() {
        List<AspectMention> mentions = DETECTOR.detect(
                "Price! PRICE! price. Expensive, cheap, discount, coupon, bargain and the price again", "en");

        assertThat(mention(mentions, "price-and-promotion").evidence())
                .containsExactly("price", "expensive", "cheap", "discount", "coupon");
    }

    @Test
    void mentionsComeInTaxonomyOrder() {
        List<AspectMention> mentions = DETECTOR.detect(
                "Delivery late, quality poor, queue long, prices high, staff rude", "en");

        assertThat(aspects(mentions)).containsExactly("staff-and-service", "price-and-promotion",
                "waiting-and-queues", "product-quality", "delivery-and-online");
    }

    @Test
    void aDecimalPointDoesNotCutAClause() {
        assertThat(ClauseSplitter.split("Price was 9.99 and great")).hasSize(1);
        assertThat(mention(DETECTOR.detect("Price was 9.99 and great", "en"), "price-and-promotion").score())
                .isEqualTo(1.0);
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> texts = List.of("Staff lovely but the queue was endless",
                "Les vendeuses sont adorables mais la caisse était lente", "Out of stock, awful", "Colis perdu");
        Map<String, List<AspectMention>> expected = Map.of(
                texts.get(0), DETECTOR.detect(texts.get(0), "unknown"),
                texts.get(1), DETECTOR.detect(texts.get(1), "unknown"),
                texts.get(2), DETECTOR.detect(texts.get(2), "unknown"),
                texts.get(3), DETECTOR.detect(texts.get(3), "unknown"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String text = texts.get(i % texts.size());
                        if (!DETECTOR.detect(text, "unknown").equals(expected.get(text))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesATaxonomyThatGivesOneTermTwoAspects() {
        AspectTaxonomy clash = new AspectTaxonomy(List.of(
                new AspectTaxonomy.Aspect("a", Map.of("en", List.of("queues"))),
                new AspectTaxonomy.Aspect("b", Map.of("en", List.of("Queue")))), Map.of(), Map.of());

        assertThatThrownBy(() -> new LuceneAspectDetector(clash, new WordListScorer()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Queue'").hasMessageContaining("'queues'");
    }

    @Test
    void refusesTermsInALanguageItCannotAnalyse() {
        AspectTaxonomy german = new AspectTaxonomy(
                List.of(new AspectTaxonomy.Aspect("a", Map.of("de", List.of("Warteschlange")))), Map.of(), Map.of());

        assertThatThrownBy(() -> new LuceneAspectDetector(german, new WordListScorer()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'de'");
    }

    private static AspectMention mention(List<AspectMention> mentions, String aspect) {
        Optional<AspectMention> found = mentions.stream().filter(m -> m.aspect().equals(aspect)).findFirst();
        assertThat(found).as("mention of %s in %s", aspect, mentions).isPresent();
        return found.get();
    }

    private static List<String> aspects(List<AspectMention> mentions) {
        return mentions.stream().map(AspectMention::aspect).toList();
    }
}
