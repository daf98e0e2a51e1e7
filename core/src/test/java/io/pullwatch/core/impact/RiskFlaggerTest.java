package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactRisk;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SchemaVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each risk flag in English and in French, and what must not raise it. */
class RiskFlaggerTest {

    private static final RiskFlagger FLAGGER = new RiskFlagger(OffBrandLexicon.fromClasspath());
    /** The flash sale announced -40% with FLASH40. */
    private static final OfferSet ANNOUNCED = new OfferSet(List.of(40), List.of("FLASH40"));

    private static Feedback review(String text) {
        return Feedback.of(new Review(SchemaVersion.CURRENT, "r", "google", "bordeaux", 3.0, null, text, null, "u",
                Instant.parse("2025-03-03T12:00:00Z"), null));
    }

    private static List<ImpactRisk> risks(String text, OfferSet announced) {
        return FLAGGER.flags(review(text), announced).stream().map(RiskFlag::risk).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "STOCK_AND_AVAILABILITY | Sold out in every size by eleven.",
            "STOCK_AND_AVAILABILITY | Out of stock in my size, the rails were empty.",
            "STOCK_AND_AVAILABILITY | Rupture de stock sur tous les jeans dès 11h.",
            "STOCK_AND_AVAILABILITY | Plus de stock en 38, tout est épuisé.",
            "PRICE_AND_MARGIN | They gave me 70% off at the till, what a bargain!",
            "PRICE_AND_MARGIN | Half price on the whole jeans wall with FLASH40!",
            "PRICE_AND_MARGIN | -60 % en caisse au lieu de -40 %, j'en ai pris trois !",
            "PRICE_AND_MARGIN | Moitié prix sur tous les jeans, génial !",
            "OFFICIAL_COMMUNICATION | The newsletter said to use code BDX30, the till refused it.",
            "OFFICIAL_COMMUNICATION | Instagram promised -30% on jeans, not in store.",
            "OFFICIAL_COMMUNICATION | Le code BDX30 vu sur Instagram ne marche pas en magasin.",
            "OFFICIAL_COMMUNICATION | On m'a promis 25 % de réduction par mail.",
            "OFF_BRAND | Open bar and drunk people in the fitting rooms.",
            "OFF_BRAND | The DJ was shouting insults into the mic, so vulgar.",
            "OFF_BRAND | Alcool à volonté et gens ivres dans les cabines.",
            "OFF_BRAND | Une bagarre a éclaté près des caisses.",
            "PRIVATE_CHANNEL | Chloé gave me her personal number to book directly.",
            "PRIVATE_CHANNEL | She said to email her at chloe.styling@gmail.com instead.",
            "PRIVATE_CHANNEL | Elle m'a dit d'écrire sur son WhatsApp perso.",
            "PRIVATE_CHANNEL | Réservé par son portable : 06 98 76 54 32.",
            "PRIVATE_CHANNEL | Call him on +44 7700 900123 for fittings."})
    void eachRiskInEnglishAndFrench(ImpactRisk risk, String text) {
        assertThat(risks(text, ANNOUNCED)).containsExactly(risk);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Jeans at -40% with FLASH40, good deal.",
            "Le code FLASH40 est bien passé en caisse, -40 % comme annoncé.",
            "Everything was in stock in my size for once.",
            "Le personnel était épuisé et désagréable.",
            "100% cotton, and the staff were friendly.",
            "90 % des clients étaient contents.",
            "Messaged the store on WhatsApp, they answered at once.",
            "Showed my receipt at Café Loire #cafeloire and got a coffee."})
    void ordinaryFeedbackRaisesNothing(String text) {
        assertThat(risks(text, ANNOUNCED)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PRICE_AND_MARGIN | 30% off the coats today!",
            "OFFICIAL_COMMUNICATION | The FLASH30 code worked fine."})
    void whereNothingWasAnnouncedAnyDiscountIsAPriceRiskAndAnyCodeUnannounced(ImpactRisk risk, String text) {
        assertThat(risks(text, OfferSet.EMPTY)).containsExactly(risk);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Got 41% off, close enough.", "Code flash40 accepted."})
    void anAnnouncedOfferGiveOrTakeAPointOrTwoIsNoRisk(String text) {
        assertThat(risks(text, ANNOUNCED)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   "})
    void anEmptyTextRaisesNothing(String text) {
        assertThat(risks(text, ANNOUNCED)).isEmpty();
    }

    @Test
    void theTitleOfAReviewCountsAndTheFlagSaysWhatMatched() {
        Feedback titled = Feedback.of(new Review(SchemaVersion.CURRENT, "r", "google", "bordeaux", 1.0,
                "Sold out!", "Came for nothing.", "en", "u", Instant.parse("2025-03-03T12:00:00Z"), null));

        assertThat(FLAGGER.flags(titled, ANNOUNCED)).containsExactly(
                new RiskFlag(ImpactRisk.STOCK_AND_AVAILABILITY, "sold out"));
    }
}
