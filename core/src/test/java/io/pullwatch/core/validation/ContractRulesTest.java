package io.pullwatch.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Rejection;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.Review;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The semantic rules applied to already-bound records: bounds, order of reporting, and the cross-field rules. */
class ContractRulesTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final Instant EARLIER = Instant.parse("2025-03-01T09:30:00Z");
    private static final ValidationLimits LIMITS = new ValidationLimits(100, 4096, Duration.ofHours(24));

    @Test
    void validRecordsPass() {
        assertThat(check(review(4.0, "Bien", "fr", EARLIER))).isEmpty();
        assertThat(check(mention("Nice store", null, null, EARLIER))).isEmpty();
        assertThat(check(initiative(EARLIER, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 2.5, 5.0})
    void ratingBoundsAreInclusive(double rating) {
        assertThat(check(review(rating, "Texte", "fr", EARLIER))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.99, 5.01})
    void ratingJustOutsideTheBoundsIsInvalid(double rating) {
        assertThat(check(review(rating, "Texte", "fr", EARLIER)))
                .hasValue(new Rejection(DeadLetterReason.INVALID_VALUE, "field 'rating' must be between 1 and 5, was "
                        + rating));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "pt-br", "zh-hant", "yue"})
    void lowerCaseLanguageTagsAreAccepted(String language) {
        assertThat(check(review(3.0, "Texte", language, EARLIER))).isEmpty();
    }

    @Test
    void missingLanguageIsAccepted() {
        assertThat(check(review(3.0, "Texte", null, EARLIER))).isEmpty();
    }

    @Test
    void missingFieldIsReportedBeforeLaterProblems() {
        Review blankIdAndOversized = new Review(1, " ", "google", "lyon-01", 9.0, null, "x".repeat(500), "FR", "a-1",
                Instant.parse("1990-01-01T00:00:00Z"), List.of());

        assertThat(check(blankIdAndOversized)).hasValue(
                new Rejection(DeadLetterReason.MISSING_FIELD, "required field 'id' is missing or blank"));
    }

    @Test
    void oversizedTextIsReportedBeforeABadRating() {
        Review review = review(9.0, "x".repeat(101), "fr", EARLIER);

        assertThat(check(review).map(Rejection::reason)).hasValue(DeadLetterReason.OVERSIZED_TEXT);
    }

    @Test
    void blankStaffMentionIsInvalid() {
        Review review = new Review(1, "rev-1", "google", "lyon-01", 4.0, null, "Merci Lucie", "fr", "a-1", EARLIER,
                List.of("Lucie", ""));

        assertThat(check(review)).hasValue(
                new Rejection(DeadLetterReason.INVALID_VALUE, "field 'staffMentions' must not contain blank entries"));
    }

    @Test
    void reshareMayHaveNoTextButOtherRelationsMayNot() {
        assertThat(check(mention(null, "p-1", Relation.RESHARE, EARLIER))).isEmpty();
        assertThat(check(mention(null, "p-1", Relation.QUOTE, EARLIER)).map(Rejection::reason))
                .hasValue(DeadLetterReason.MISSING_FIELD);
        assertThat(check(mention(null, null, null, EARLIER)).map(Rejection::reason))
                .hasValue(DeadLetterReason.MISSING_FIELD);
    }

    @Test
    void parentAndRelationGoTogether() {
        Optional<Rejection> parentOnly = check(mention("RT", "p-1", null, EARLIER));
        Optional<Rejection> relationOnly = check(mention("RT", null, Relation.REPLY, EARLIER));

        assertThat(parentOnly).hasValue(new Rejection(DeadLetterReason.INVALID_VALUE,
                "fields 'parentId' and 'relation' must be given together"));
        assertThat(relationOnly).isEqualTo(parentOnly);
    }

    @Test
    void mentionTimestampIsCheckedAgainstTheClock() {
        assertThat(check(mention("Hi", null, null, NOW.plus(Duration.ofHours(25)))).map(Rejection::reason))
                .hasValue(DeadLetterReason.BAD_TIMESTAMP);
    }

    @Test
    void initiativeMustEndAfterItStarts() {
        Instant start = Instant.parse("2025-02-24T07:00:00Z");

        assertThat(check(initiative(start, start.plusSeconds(1)))).isEmpty();
        assertThat(check(initiative(start, start))).hasValue(
                new Rejection(DeadLetterReason.INVALID_VALUE, "field 'endsAt' must be after 'startsAt'"));
    }

    @Test
    void initiativeMayStartInTheFarPastButNotBefore2000() {
        assertThat(check(initiative(Instant.parse("2001-06-01T00:00:00Z"), null))).isEmpty();
        assertThat(check(initiative(Instant.parse("1999-06-01T00:00:00Z"), null)).map(Rejection::reason))
                .hasValue(DeadLetterReason.BAD_TIMESTAMP);
    }

    @Test
    void initiativeCodesMustNotBeBlank() {
        Initiative initiative = new Initiative(1, "init-1", "lyon-01", "staff-1", "Lucie Bernard",
                InitiativeKind.FLASH_PROMOTION, "Flash -30%", null, EARLIER, null, List.of(), List.of("FLASH30", " "),
                List.of(), List.of(), null, InitiativeStatus.ACTIVE);

        assertThat(check(initiative)).hasValue(
                new Rejection(DeadLetterReason.INVALID_VALUE, "field 'codes' must not contain blank entries"));
    }

    private static Optional<Rejection> check(Review review) {
        return ContractRules.check(review, LIMITS, NOW);
    }

    private static Optional<Rejection> check(Mention mention) {
        return ContractRules.check(mention, LIMITS, NOW);
    }

    private static Optional<Rejection> check(Initiative initiative) {
        return ContractRules.check(initiative, LIMITS, NOW);
    }

    private static Review review(double rating, String text, String language, Instant createdAt) {
        return new Review(1, "rev-1", "google", "lyon-01", rating, null, text, language, "a-1", createdAt,
                Arrays.asList("Lucie"));
    }

    private static Mention mention(String text, String parentId, Relation relation, Instant createdAt) {
        return new Mention(1, "m-1", "x", "u-1", 120L, text, "en", createdAt, parentId, relation, Engagement.NONE, null,
                List.of(), List.of("ShopLocal"));
    }

    private static Initiative initiative(Instant startsAt, Instant endsAt) {
        return new Initiative(1, "init-1", "lyon-01", "staff-1", "Lucie Bernard", InitiativeKind.CUSTOMER_CHAT,
                "Groupe WhatsApp du magasin", "Un groupe pour les clients", startsAt, endsAt, List.of("whatsapp"),
                List.of("BONJOUR10"), List.of("#LyonChat"), List.of("groupe whatsapp"), null, InitiativeStatus.ACTIVE);
    }
}
