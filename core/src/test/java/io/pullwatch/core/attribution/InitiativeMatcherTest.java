package io.pullwatch.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.Review;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitiativeMatcherTest {

    private static final Instant START = Instant.parse("2025-02-24T07:00:00Z");
    private static final Instant END = Instant.parse("2025-03-09T19:00:00Z");
    private static final Instant DURING = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration TAIL = Duration.ofDays(3);
    private static final AttributionSettings SETTINGS = new AttributionSettings(TAIL, 0.3);

    /** A customer chat group run by Jean-François Martin in the Lyon store. */
    private static final Initiative CHAT = new Initiative(1, "init-lyon-chat", "lyon-01", "staff-4821",
            "Jean-François Martin", InitiativeKind.CUSTOMER_CHAT, "Groupe WhatsApp des clients", null, START, END,
            List.of("whatsapp"), List.of("BONJOUR10"), List.of("#LyonChat"), List.of("groupe WhatsApp"), null,
            InitiativeStatus.ACTIVE);

    /** A partnership with a bakery, run by Sophie Durand in a Paris store. */
    private static final Initiative DUPONT = new Initiative(1, "init-paris-dupont", "paris-02", "staff-0007",
            "Sophie Durand", InitiativeKind.LOCAL_PARTNERSHIP, "Croissant offert", null, START, END, List.of(),
            List.of("DUPONT5"), List.of(), List.of(), "Boulangerie Dupont", InitiativeStatus.ACTIVE);

    /** A flash sale in the Lyon store. */
    private static final Initiative FLASH = new Initiative(1, "init-lyon-flash", "lyon-01", "staff-1200",
            "Lucie Bernard", InitiativeKind.FLASH_PROMOTION, "Flash -30 %", null, START, END, List.of(),
            List.of("FLASH30"), List.of(), List.of(), null, InitiativeStatus.ACTIVE);

    /** A tasting event in the Lyon store, open-ended. */
    private static final Initiative EVENT = new Initiative(1, "init-lyon-event", "lyon-01", "staff-1300",
            "Karim Haddad", InitiativeKind.EVENT, "Dégustation du samedi", null, START, null, List.of(), List.of(),
            List.of(), List.of(), null, InitiativeStatus.ACTIVE);

    // ---------------------------------------------------------------- explicit signals

    @Test
    void codeInTheTextIsAttributedWhateverItsCase() {
        List<Attribution> attributions = match(List.of(CHAT), review("lyon-01", "Merci pour le code bonjour10 !"));

        assertThat(attributions).containsExactly(
                new Attribution("init-lyon-chat", 0.98, AttributionRule.CODE, "BONJOUR10"));
    }

    @Test
    void codeInAUrlIsAttributed() {
        Feedback feedback = mention("Super offre à Lyon", null, List.of(),
                List.of("https://shop.example/lyon/promo?code=BONJOUR10&utm_source=x"));

        assertThat(match(List.of(CHAT), feedback)).containsExactly(
                new Attribution("init-lyon-chat", 0.98, AttributionRule.CODE, "BONJOUR10"));
    }

    @Test
    void codeInAReviewTitleIsAttributed() {
        Feedback feedback = Feedback.of(new Review(1, "rev-7", "google", "lyon-01", 5.0, "BONJOUR10 marche !",
                "Rien à redire.", "fr", "g-1", DURING, List.of()));

        assertThat(match(List.of(CHAT), feedback)).extracting(Attribution::rule).containsExactly(AttributionRule.CODE);
    }

    @Test
    void codeIsAttributedEvenFromAnotherStore() {
        List<Attribution> attributions = match(List.of(CHAT), review("villeurbanne-03", "J'ai utilisé BONJOUR10 ici"));

        assertThat(attributions).extracting(Attribution::initiativeId, Attribution::rule)
                .containsExactly(tuple("init-lyon-chat", AttributionRule.CODE));
    }

    @Test
    void hashtagListedOnAMentionIsAttributed() {
        Feedback feedback = mention("Trop bien ce groupe", null, List.of("lyonchat"), List.of());

        assertThat(match(List.of(CHAT), feedback)).containsExactly(
                new Attribution("init-lyon-chat", 0.95, AttributionRule.HASHTAG, "#LyonChat"));
    }

    @Test
    void hashtagWrittenInTheTextIsAttributed() {
        assertThat(match(List.of(CHAT), mention("Rejoignez le #LyonChat, on y apprend des trucs", null)))
                .extracting(Attribution::rule, Attribution::confidence)
                .containsExactly(tuple(AttributionRule.HASHTAG, 0.95));
    }

    @Test
    void aliasIsAttributed() {
        assertThat(match(List.of(CHAT), mention("Le Groupe WhatsApp du magasin est génial", null))).containsExactly(
                new Attribution("init-lyon-chat", 0.9, AttributionRule.ALIAS, "groupe WhatsApp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Merci Jean-François Martin !", "merci jean-francois martin", "JEAN FRANCOIS MARTIN, top"})
    void fullStaffNameIsAttributedWithOrWithoutAccents(String text) {
        assertThat(match(List.of(CHAT), mention(text, null))).containsExactly(
                new Attribution("init-lyon-chat", 0.85, AttributionRule.STAFF_NAME, "Jean-François Martin"));
    }

    @Test
    void firstNameAloneIsAttributedInTheSameStore() {
        List<Attribution> attributions = match(List.of(CHAT), review("lyon-01", "Jean-Francois a été adorable"));

        assertThat(attributions).hasSize(1);
        assertThat(attributions.get(0).rule()).isEqualTo(AttributionRule.STAFF_NAME);
        assertThat(attributions.get(0).confidence()).isEqualTo(0.6);
        assertThat(attributions.get(0).evidence()).isEqualToIgnoringCase("Jean-François");
    }

    @Test
    void firstNameAloneIsNotAttributedOutsideTheStore() {
        assertThat(match(List.of(CHAT), review("villeurbanne-03", "Jean-François a été adorable"))).isEmpty();
        assertThat(match(List.of(CHAT), mention("Jean-François a été adorable", null))).isEmpty();
    }

    @Test
    void partOfAHyphenatedFirstNameIsNotAName() {
        assertThat(match(List.of(CHAT), review("lyon-01", "Jean a été adorable")))
                .extracting(Attribution::rule).containsExactly(AttributionRule.CONTEXT);
    }

    @Test
    void partnerNameIsAttributed() {
        assertThat(match(List.of(DUPONT), review("paris-02", "Le croissant de la boulangerie Dupont, un délice")))
                .containsExactly(new Attribution("init-paris-dupont", 0.8, AttributionRule.PARTNER,
                        "Boulangerie Dupont"));
        assertThat(match(List.of(DUPONT), mention("Boulangerie Dupont x supermarché, bonne idée", null)))
                .extracting(Attribution::rule).containsExactly(AttributionRule.PARTNER);
    }

    @Test
    void onlyCodesAndHashtagsReachAcrossStores() {
        // a review of another store naming the partner, an alias or the full name is not attributed
        assertThat(match(List.of(DUPONT), review("lyon-01", "Comme chez Boulangerie Dupont"))).isEmpty();
        assertThat(match(List.of(CHAT), review("paris-02", "Jean-François Martin du groupe WhatsApp"))).isEmpty();
        assertThat(match(List.of(CHAT), review("paris-02", "Vu sur #LyonChat"))).extracting(Attribution::rule)
                .containsExactly(AttributionRule.HASHTAG);
    }

    // ---------------------------------------------------------------- context

    @Test
    void sameStoreWhileItRunsIsAWeakContextAttribution() {
        assertThat(match(List.of(CHAT), review("lyon-01", "Rayon frais bien rempli"))).containsExactly(
                new Attribution("init-lyon-chat", 0.3, AttributionRule.CONTEXT, "store lyon-01 while it runs"));
    }

    @Test
    void mentionWithAStoreHintGetsContextToo() {
        Feedback feedback = mention("Nice store", "lyon-01", List.of(), List.of());

        assertThat(match(List.of(CHAT), feedback)).extracting(Attribution::rule)
                .containsExactly(AttributionRule.CONTEXT);
    }

    @Test
    void anotherStoreWithoutExplicitSignalGetsNothing() {
        assertThat(match(List.of(CHAT), review("paris-02", "Rayon frais bien rempli"))).isEmpty();
        assertThat(match(List.of(CHAT), mention("Nice store", null))).isEmpty();
    }

    @Test
    void contextHoldsDuringTheTailAfterTheEnd() {
        assertThat(match(List.of(CHAT), review("lyon-01", "Bien", END.plus(Duration.ofDays(2)))))
                .extracting(Attribution::rule).containsExactly(AttributionRule.CONTEXT);
        assertThat(match(List.of(CHAT), review("lyon-01", "Bien", END.plus(TAIL)))).hasSize(1);
    }

    @Test
    void nothingIsAttributedAfterTheTailEvenWithACode() {
        Instant afterTail = END.plus(TAIL).plusSeconds(1);

        assertThat(match(List.of(CHAT), review("lyon-01", "Code BONJOUR10", afterTail))).isEmpty();
    }

    @Test
    void nothingIsAttributedBeforeTheStart() {
        assertThat(match(List.of(CHAT), review("lyon-01", "Code BONJOUR10", START.minusSeconds(1)))).isEmpty();
        assertThat(match(List.of(CHAT), review("lyon-01", "Code BONJOUR10", START))).hasSize(1);
    }

    @Test
    void openEndedInitiativeRunsOn() {
        assertThat(match(List.of(EVENT), review("lyon-01", "Bien", Instant.parse("2026-01-15T10:00:00Z"))))
                .extracting(Attribution::initiativeId).containsExactly("init-lyon-event");
    }

    @Test
    void retiredInitiativeIsNeverAttributed() {
        Initiative retired = new Initiative(1, "init-lyon-old", "lyon-01", "staff-1", "Paul Girard",
                InitiativeKind.FLASH_PROMOTION, "Ancienne promo", null, START, END, List.of(), List.of("OLD20"),
                List.of("#OldPromo"), List.of(), null, InitiativeStatus.RETIRED);

        assertThat(match(List.of(retired), review("lyon-01", "Code OLD20 #OldPromo Paul Girard"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Merci Jean-Fancois Martin", "Merci Jean-François Matrin", "merci jean francois martin"})
    void staffNameWithOneTypoPerWordIsStillAttributed(String text) {
        assertThat(match(List.of(CHAT), mention(text, null))).extracting(Attribution::rule)
                .containsExactly(AttributionRule.STAFF_NAME);
    }

    @Test
    void initialsOfAHyphenatedFirstNameCountInTheSameStore() {
        assertThat(match(List.of(CHAT), review("lyon-01", "JF m'a trouvé ma taille en deux minutes")))
                .extracting(Attribution::rule, Attribution::evidence)
                .containsExactly(tuple(AttributionRule.STAFF_NAME, "JF"));
        assertThat(match(List.of(CHAT), review("paris-02", "JF m'a trouvé ma taille"))).isEmpty();
    }

    @Test
    void partnerNameWithATypoIsAttributed() {
        assertThat(match(List.of(DUPONT), mention("Le croissant de la boulangerie Dupnot était bon", null)))
                .extracting(Attribution::rule).containsExactly(AttributionRule.PARTNER);
    }

    @Test
    void codesNeverMatchWithATypo() {
        assertThat(match(List.of(FLASH), review("paris-02", "code FLASH31 refusé"))).isEmpty();
    }

    @Test
    void contextTalkingAboutTheInitiativeIsStrongerThanContextAlone() {
        Initiative tasting = new Initiative(1, "init-lyon-tasting", "lyon-01", "staff-1300", "Karim Haddad",
                InitiativeKind.EVENT, "Dégustation de fromages", "Fromages affinés à goûter le samedi", START, null,
                List.of(), List.of(), List.of(), List.of(), null, InitiativeStatus.ACTIVE);

        List<Attribution> about = match(List.of(tasting, FLASH), review("lyon-01", "Les fromages affinés étaient délicieux"));

        assertThat(about).extracting(Attribution::initiativeId, Attribution::confidence)
                .containsExactly(tuple("init-lyon-tasting", 0.6), tuple("init-lyon-flash", 0.3));
        assertThat(about.get(0).evidence()).contains("fromag", "affine");
    }

    @Test
    void oneSharedWordIsOnlyAHint() {
        Initiative tasting = new Initiative(1, "init-lyon-tasting", "lyon-01", "staff-1300", "Karim Haddad",
                InitiativeKind.EVENT, "Dégustation de fromages", "Fromages affinés à goûter le samedi", START, null,
                List.of(), List.of(), List.of(), List.of(), null, InitiativeStatus.ACTIVE);

        assertThat(match(List.of(tasting), review("lyon-01", "Le rayon fromages est bien rangé")))
                .extracting(Attribution::confidence).containsExactly(0.325);
    }

    @Test
    void feedbackNamingNoStoreIsTiedToTheInitiativeWhoseTopicItSharesAtLeastThreeWordsWith() {
        Initiative tasting = new Initiative(1, "init-lyon-tasting", "lyon-01", "staff-1300", "Karim Haddad",
                InitiativeKind.EVENT, "Dégustation de fromages", "Fromages affinés à goûter le samedi", START, null,
                List.of(), List.of(), List.of(), List.of(), null, InitiativeStatus.ACTIVE);

        assertThat(match(List.of(tasting, FLASH), mention("Super dégustation de fromages affinés ce samedi", null)))
                .singleElement().satisfies(a -> {
                    assertThat(a.initiativeId()).isEqualTo("init-lyon-tasting");
                    assertThat(a.rule()).isEqualTo(AttributionRule.CONTEXT);
                    assertThat(a.evidence()).startsWith("no store named; about ");
                });
        assertThat(match(List.of(tasting), mention("J'adore les fromages affinés", null))).isEmpty();
        // The staff member's first name counts as one shared word.
        assertThat(match(List.of(tasting), mention("Karim m'a fait goûter des fromages affinés", null)))
                .extracting(Attribution::evidence).singleElement().asString().endsWith("its staff member's name");
    }

    @Test
    void aReplyInheritsItsParentsAttributionsALittleLessSurely() {
        InitiativeMatcher matcher = new InitiativeMatcher(List.of(CHAT, FLASH), SETTINGS);
        Feedback reply = Feedback.of(new Mention(1, "m-2", "x", "u-2", 50L, "Totally agree", "en", DURING, "m-1",
                Relation.REPLY, Engagement.NONE, null, List.of(), List.of()));
        Feedback replyWithCode = Feedback.of(new Mention(1, "m-3", "x", "u-3", 50L, "FLASH30 for me", "en", DURING,
                "m-1", Relation.REPLY, Engagement.NONE, null, List.of(), List.of()));
        List<Attribution> parent = List.of(new Attribution("init-lyon-chat", 0.9, AttributionRule.ALIAS, "x"),
                new Attribution("init-lyon-flash", 0.5, AttributionRule.CONTEXT, "y"),
                new Attribution("init-unknown", 0.9, AttributionRule.CODE, "z"));

        assertThat(matcher.attribute(reply, null, parent).attributions()).containsExactly(
                new Attribution("init-lyon-chat", 0.81, AttributionRule.THREAD, "answers m-1"),
                new Attribution("init-lyon-flash", 0.45, AttributionRule.THREAD, "answers m-1"));
        assertThat(matcher.attribute(replyWithCode, null, parent).attributions())
                .extracting(Attribution::initiativeId, Attribution::rule).containsExactly(
                        tuple("init-lyon-flash", AttributionRule.CODE), tuple("init-lyon-chat", AttributionRule.THREAD));
    }

    @Test
    void anInitiativesOwnQueryTiesWhatItMatches() {
        Initiative withQuery = new Initiative(1, "init-lyon-tasting", "lyon-01", "staff-1300", "Karim Haddad",
                InitiativeKind.EVENT, "Dégustation", null, START, END, List.of(), List.of(), List.of(), List.of(),
                null, "fromage* AND (samedi OR dégustation)", InitiativeStatus.ACTIVE);

        try (InitiativeMatcher matcher = new InitiativeMatcher(List.of(withQuery), SETTINGS)) {
            assertThat(matcher.attribute(mention("Les fromages du samedi, un régal", null))).singleElement()
                    .satisfies(a -> {
                        assertThat(a.rule()).isEqualTo(AttributionRule.QUERY);
                        assertThat(a.confidence()).isEqualTo(InitiativeMatcher.QUERY_CONFIDENCE);
                        assertThat(a.evidence()).isEqualTo("its query matched fromages, samedi");
                    });
            assertThat(matcher.attribute(mention("Les fromages, un régal", null))).isEmpty();
            assertThat(matcher.refusedQueries()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- filtering and ordering

    @Test
    void attributionsBelowTheMinimumConfidenceAreDropped() {
        InitiativeMatcher atHalf = new InitiativeMatcher(List.of(CHAT), new AttributionSettings(TAIL, 0.5));
        InitiativeMatcher atPointNine = new InitiativeMatcher(List.of(CHAT), new AttributionSettings(TAIL, 0.9));

        assertThat(atHalf.attribute(review("lyon-01", "Rayon frais bien rempli"))).isEmpty();
        assertThat(atHalf.attribute(review("lyon-01", "Merci Jean-François"))).hasSize(1);
        assertThat(atPointNine.attribute(mention("Merci Jean-François Martin", null))).isEmpty();
        assertThat(atPointNine.attribute(mention("Le groupe WhatsApp", null))).extracting(Attribution::rule)
                .containsExactly(AttributionRule.ALIAS);
    }

    @Test
    void eachInitiativeGetsOnlyItsStrongestAttribution() {
        Feedback everything = review("lyon-01",
                "Jean-François Martin a partagé le code BONJOUR10 dans le groupe WhatsApp #LyonChat");

        assertThat(match(List.of(CHAT), everything)).containsExactly(
                new Attribution("init-lyon-chat", 0.98, AttributionRule.CODE, "BONJOUR10"));
    }

    @Test
    void attributionsAreOrderedByConfidenceThenInitiativeId() {
        List<Attribution> attributions = match(List.of(EVENT, CHAT, DUPONT, FLASH),
                review("lyon-01", "Le FLASH30 était une bonne affaire"));

        assertThat(attributions).extracting(Attribution::initiativeId, Attribution::confidence).containsExactly(
                tuple("init-lyon-flash", 0.98),
                tuple("init-lyon-chat", 0.3),
                tuple("init-lyon-event", 0.3));
    }

    @Test
    void reshareWithoutTextIsAttributedByItsHashtags() {
        Feedback reshare = Feedback.of(new Mention(1, "m-2", "x", "u-2", 50L, null, null, DURING, "m-1",
                Relation.RESHARE, Engagement.NONE, null, List.of(), List.of("LyonChat")));
        Feedback emojiOnly = review("lyon-01", "🔥🔥🔥");

        assertThatCode(() -> match(List.of(CHAT), reshare)).doesNotThrowAnyException();
        assertThat(match(List.of(CHAT), reshare)).extracting(Attribution::rule)
                .containsExactly(AttributionRule.HASHTAG);
        assertThat(match(List.of(CHAT), emojiOnly)).extracting(Attribution::rule)
                .containsExactly(AttributionRule.CONTEXT);
    }

    // ---------------------------------------------------------------- helpers

    private static List<Attribution> match(List<Initiative> initiatives, Feedback feedback) {
        return new InitiativeMatcher(initiatives, SETTINGS).attribute(feedback);
    }

    private static Feedback review(String storeId, String text) {
        return review(storeId, text, DURING);
    }

    private static Feedback review(String storeId, String text, Instant at) {
        return Feedback.of(new Review(1, "rev-1", "google", storeId, 4.0, null, text, "fr", "g-1", at, List.of()));
    }

    private static Feedback mention(String text, String storeHint) {
        return mention(text, storeHint, List.of(), List.of());
    }

    private static Feedback mention(String text, String storeHint, List<String> hashtags, List<String> urls) {
        return Feedback.of(new Mention(1, "m-1", "x", "u-1", 1200L, text, "fr", DURING, null, null, Engagement.NONE,
                storeHint, urls, hashtags));
    }
}
