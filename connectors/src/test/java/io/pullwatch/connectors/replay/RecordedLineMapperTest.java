package io.pullwatch.connectors.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.validation.ContractDecoder;
import io.pullwatch.core.validation.Decoded;
import io.pullwatch.core.validation.ValidationLimits;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Fixtures are written here in the shape of the shared datasets' lines; the tests never read the datasets. */
class RecordedLineMapperTest {

    private static final ObjectMapper MAPPER = JsonMappers.create();
    /** After every fixture's event time, so that no timestamp is "in the future". */
    private static final ContractDecoder DECODER = new ContractDecoder(MAPPER, ValidationLimits.DEFAULTS,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    private final RecordedLineMapper mapper = new RecordedLineMapper(MAPPER);

    // amazon2018_fashion5 shape
    private static final String AMAZON_REVIEW = "{\"event_id\": \"amazon2018_fashion5:146\", \"kind\": \"review\", "
            + "\"source\": \"amazon2018_fashion5\", \"lang\": \"en\", \"ts\": \"2009-12-25T00:00:00Z\", "
            + "\"ts_precision\": \"day\", \"entity_id\": \"B0017LD0BM\", \"author_id\": \"A2VR6SWVSF6K4\", "
            + "\"parent_id\": null, \"text\": \"So handy to have reading glasses at such a reasonable price.\", "
            + "\"title\": \"Good Value\", \"rating\": 4.0, \"gold\": {\"verified\": true}, "
            + "\"metrics\": {\"helpful_votes\": 0}}";

    // allocine_tatia shape: French, half-star ratings, no author
    private static final String ALLOCINE_REVIEW = "{\"event_id\": \"allocine_tatia:10862:0\", \"kind\": \"review\", "
            + "\"source\": \"allocine_tatia\", \"lang\": \"fr\", \"ts\": \"2020-01-01T00:00:30Z\", "
            + "\"ts_precision\": \"synthetic\", \"entity_id\": \"allocine_film:10862\", \"author_id\": null, "
            + "\"parent_id\": null, \"text\": \"Une perle, mais quelle déception à la fin.\", \"title\": null, "
            + "\"rating\": 0.5, \"gold\": {\"film_title\": \"LE ROI LION\"}, \"metrics\": {}}";

    // sanders shape, with hashtags, urls and full metrics as french_media has them
    private static final String SANDERS_MENTION = "{\"event_id\": \"sanders:125082707389718529:apple\", "
            + "\"kind\": \"mention\", \"source\": \"sanders\", \"lang\": \"en\", \"ts\": \"2011-10-15T05:36:56Z\", "
            + "\"ts_precision\": \"second\", \"entity_id\": \"apple\", \"author_id\": \"fan42\", \"parent_id\": null, "
            + "\"text\": \"Loving the new #iPhone4S from @apple! #Siri_Rocks http://t.co/6CLkWAiO and "
            + "https://apple.com/siri?x=1 #été\", \"title\": null, \"rating\": null, "
            + "\"gold\": {\"sentiment\": \"positive\"}, \"metrics\": {\"retweet_count\": 30, \"reply_count\": 12, "
            + "\"like_count\": 67, \"quote_count\": 3, \"followers_count\": 779992}}";

    // seismic shape: a plain reshare has no text of its own
    private static final String SEISMIC_RESHARE = "{\"event_id\": \"seismic:127001313513967616:1\", "
            + "\"kind\": \"reshare\", \"source\": \"seismic\", \"lang\": \"en\", \"ts\": \"2011-10-20T12:40:58Z\", "
            + "\"ts_precision\": \"second\", \"entity_id\": \"127001313513967616\", \"author_id\": null, "
            + "\"parent_id\": \"seismic:127001313513967616:0\", \"text\": null, \"title\": null, \"rating\": null, "
            + "\"gold\": {\"cascade_root\": \"127001313513967616\", \"final_cascade_size\": 15563}, "
            + "\"metrics\": {\"followers_count\": 91}}";

    @Test
    void datasetReviewBecomesAReviewOnTheReviewsTopic() {
        ReplayRecord record = mapper.map(AMAZON_REVIEW, Topics.MENTIONS);

        assertThat(record.topic()).isSameAs(Topics.REVIEWS);
        assertThat(record.key()).isEqualTo("amazon2018_fashion5:146");
        assertThat(record.eventTime()).isEqualTo(Instant.parse("2009-12-25T00:00:00Z"));
        Review review = acceptedReview(record);
        assertThat(review.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        assertThat(review.id()).isEqualTo("amazon2018_fashion5:146");
        assertThat(review.platform()).isEqualTo("amazon2018_fashion5");
        assertThat(review.storeId()).isEqualTo("B0017LD0BM");
        assertThat(review.rating()).isEqualTo(4.0);
        assertThat(review.title()).isEqualTo("Good Value");
        assertThat(review.text()).isEqualTo("So handy to have reading glasses at such a reasonable price.");
        assertThat(review.language()).isEqualTo("en");
        assertThat(review.authorId()).isEqualTo("A2VR6SWVSF6K4");
        assertThat(review.createdAt()).isEqualTo(Instant.parse("2009-12-25T00:00:00Z"));
        assertThat(review.staffMentions()).isEmpty();
    }

    @Test
    void halfStarRatingIsClampedAndMissingAuthorIsAnonymousPerSource() {
        ReplayRecord record = mapper.map(ALLOCINE_REVIEW, Topics.REVIEWS);

        Review review = acceptedReview(record);
        assertThat(review.rating()).isEqualTo(1.0);
        assertThat(review.authorId()).isEqualTo("allocine_tatia:anonymous");
        assertThat(review.storeId()).isEqualTo("allocine_film:10862");
        assertThat(review.language()).isEqualTo("fr");
        assertThat(review.title()).isNull();
        assertThat(review.text()).isEqualTo("Une perle, mais quelle déception à la fin.");
        assertThat(record.eventTime()).isEqualTo(Instant.parse("2020-01-01T00:00:30Z"));
    }

    @Test
    void missingRatingBecomesNeutralAndOutOfRangeRatingIsClamped() {
        Review nullRating = acceptedReview(mapper.map(ALLOCINE_REVIEW.replace("\"rating\": 0.5", "\"rating\": null"),
                Topics.REVIEWS));
        Review absentRating = acceptedReview(mapper.map(ALLOCINE_REVIEW.replace("\"rating\": 0.5, ", ""),
                Topics.REVIEWS));
        Review textRating = acceptedReview(mapper.map(ALLOCINE_REVIEW.replace("\"rating\": 0.5", "\"rating\": \"4\""),
                Topics.REVIEWS));
        Review tenStars = acceptedReview(mapper.map(ALLOCINE_REVIEW.replace("\"rating\": 0.5", "\"rating\": 10"),
                Topics.REVIEWS));
        Review inRange = acceptedReview(mapper.map(ALLOCINE_REVIEW.replace("\"rating\": 0.5", "\"rating\": 3.5"),
                Topics.REVIEWS));

        assertThat(nullRating.rating()).isEqualTo(3.0);
        assertThat(absentRating.rating()).isEqualTo(3.0);
        assertThat(textRating.rating()).isEqualTo(3.0);
        assertThat(tenStars.rating()).isEqualTo(5.0);
        assertThat(inRange.rating()).isEqualTo(3.5);
    }

    @Test
    void reviewWithoutEntityFallsBackToTheSourceAsStore() {
        Review review = acceptedReview(mapper.map(AMAZON_REVIEW.replace("\"entity_id\": \"B0017LD0BM\"",
                "\"entity_id\": null"), Topics.REVIEWS));

        assertThat(review.storeId()).isEqualTo("amazon2018_fashion5");
    }

    @Test
    void datasetMentionBecomesAMentionWithHashtagsUrlsAndEngagement() {
        ReplayRecord record = mapper.map(SANDERS_MENTION, Topics.REVIEWS);

        assertThat(record.topic()).isSameAs(Topics.MENTIONS);
        assertThat(record.key()).isEqualTo("sanders:125082707389718529:apple");
        assertThat(record.eventTime()).isEqualTo(Instant.parse("2011-10-15T05:36:56Z"));
        Mention mention = acceptedMention(record);
        assertThat(mention.id()).isEqualTo("sanders:125082707389718529:apple");
        assertThat(mention.platform()).isEqualTo("sanders");
        assertThat(mention.authorId()).isEqualTo("fan42");
        assertThat(mention.language()).isEqualTo("en");
        assertThat(mention.createdAt()).isEqualTo(Instant.parse("2011-10-15T05:36:56Z"));
        assertThat(mention.storeHint()).isEqualTo("apple");
        assertThat(mention.hashtags()).containsExactly("iphone4s", "siri_rocks", "été");
        assertThat(mention.urls()).containsExactly("http://t.co/6CLkWAiO", "https://apple.com/siri?x=1");
        assertThat(mention.authorFollowers()).isEqualTo(779_992L);
        assertThat(mention.engagement()).isEqualTo(new Engagement(67, 30, 12, 3));
        assertThat(mention.parentId()).isNull();
        assertThat(mention.relation()).isNull();
    }

    @Test
    void favoriteCountStandsInForLikesAndMissingMetricsAreZero() {
        String pheme = "{\"event_id\": \"pheme:498235547685756928\", \"kind\": \"mention\", \"source\": \"pheme\", "
                + "\"lang\": \"en\", \"ts\": \"2014-08-09T22:33:06Z\", \"ts_precision\": \"second\", "
                + "\"entity_id\": \"ferguson\", \"author_id\": \"annaxsweat\", \"parent_id\": null, "
                + "\"text\": \"Stop referring to a 17 year old as a man. #ferguson\", \"title\": null, "
                + "\"rating\": null, \"gold\": {}, \"metrics\": {\"retweet_count\": 236, \"favorite_count\": 124, "
                + "\"followers_count\": 59, \"friends_count\": 151, \"verified\": false}}";
        String noMetrics = SANDERS_MENTION.replaceFirst("\"metrics\": \\{.*}}$", "\"metrics\": {}}");

        Mention fromPheme = acceptedMention(mapper.map(pheme, Topics.MENTIONS));
        Mention bare = acceptedMention(mapper.map(noMetrics, Topics.MENTIONS));

        assertThat(fromPheme.engagement()).isEqualTo(new Engagement(124, 236, 0, 0));
        assertThat(fromPheme.authorFollowers()).isEqualTo(59L);
        assertThat(fromPheme.hashtags()).containsExactly("ferguson");
        assertThat(fromPheme.urls()).isEmpty();
        assertThat(bare.engagement()).isEqualTo(Engagement.NONE);
        assertThat(bare.authorFollowers()).isZero();
    }

    @Test
    void seismicReshareBecomesAResharingMentionThatValidates() {
        ReplayRecord record = mapper.map(SEISMIC_RESHARE, Topics.REVIEWS);

        assertThat(record.topic()).isSameAs(Topics.MENTIONS);
        assertThat(record.key()).isEqualTo("seismic:127001313513967616:1");
        assertThat(record.eventTime()).isEqualTo(Instant.parse("2011-10-20T12:40:58Z"));
        Mention mention = acceptedMention(record);
        assertThat(mention.relation()).isEqualTo(Relation.RESHARE);
        assertThat(mention.parentId()).isEqualTo("seismic:127001313513967616:0");
        assertThat(mention.text()).isNull();
        assertThat(mention.authorId()).isEqualTo("seismic:anonymous");
        assertThat(mention.authorFollowers()).isEqualTo(91L);
        assertThat(mention.hashtags()).isEmpty();
        assertThat(mention.urls()).isEmpty();
        assertThat(mention.storeHint()).isEqualTo("127001313513967616");
    }

    @Test
    void mentionWithParentThatIsNotAReshareIsAReply() {
        String reply = SANDERS_MENTION.replace("\"parent_id\": null", "\"parent_id\": \"sanders:1\"");

        Mention mention = acceptedMention(mapper.map(reply, Topics.MENTIONS));

        assertThat(mention.relation()).isEqualTo(Relation.REPLY);
        assertThat(mention.parentId()).isEqualTo("sanders:1");
    }

    @Test
    void aUrlFragmentIsNotAHashtagAndTrailingPunctuationIsNotPartOfAUrl() {
        String line = SANDERS_MENTION.replaceFirst("\"text\": \"[^\"]*\"",
                "\"text\": \"Read https://shop.example/p#reviews (see http://t.co/abc). #Real\"");

        Mention mention = acceptedMention(mapper.map(line, Topics.MENTIONS));

        assertThat(mention.hashtags()).containsExactly("real");
        assertThat(mention.urls()).containsExactly("https://shop.example/p#reviews", "http://t.co/abc");
    }

    @Test
    void aScenarioLineNeverWritesIntoAnOutputTopic() {
        String line = "{\"at\":\"2025-03-01T12:00:05Z\",\"topic\":\"alerts\",\"event\":{\"id\":\"x\"},"
                + "\"truth\":{}}";

        assertThat(mapper.map(line, Topics.REVIEWS).topic()).isSameAs(Topics.REVIEWS);
    }

    @Test
    void scenarioLinePublishesItsEventAsIsToItsTopicAtItsTime() throws Exception {
        String event = "{\"schemaVersion\":1,\"id\":\"m-1\",\"platform\":\"x\",\"authorId\":\"u-7\","
                + "\"authorFollowers\":120,\"text\":\"Queue at #store12 was endless\",\"language\":\"en\","
                + "\"createdAt\":\"2025-03-01T12:00:00Z\",\"hashtags\":[\"store12\"]}";
        String line = "{\"at\":\"2025-03-01T12:00:05Z\",\"topic\":\"mentions\",\"event\":" + event
                + ",\"truth\":{\"waveId\":\"wave-1\",\"polarity\":\"negative\",\"initiativeId\":\"init-3\"}}";

        ReplayRecord record = mapper.map(line, Topics.REVIEWS);

        assertThat(record.topic()).isSameAs(Topics.MENTIONS);
        assertThat(record.key()).isEqualTo("m-1");
        assertThat(record.eventTime()).isEqualTo(Instant.parse("2025-03-01T12:00:05Z"));
        assertThat(MAPPER.readTree(record.value())).isEqualTo(MAPPER.readTree(event));
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(event).doesNotContain("truth");
        Mention mention = acceptedMention(record);
        assertThat(mention.hashtags()).containsExactly("store12");
        assertThat(mention.authorFollowers()).isEqualTo(120L);
    }

    @Test
    void scenarioInitiativeGoesToTheInitiativesTopicKeyedById() throws Exception {
        String event = "{\"schemaVersion\":1,\"id\":\"init-3\",\"storeId\":\"store-12\",\"ownerStaffId\":\"s-1\","
                + "\"ownerDisplayName\":\"Marie\",\"kind\":\"flash-promotion\",\"title\":\"Spring days\","
                + "\"startsAt\":\"2025-03-01T08:00:00Z\",\"status\":\"active\"}";
        String line = "{\"at\":\"2025-02-28T18:00:00Z\",\"topic\":\"initiatives\",\"event\":" + event
                + ",\"truth\":{\"initiativeId\":\"init-3\"}}";

        ReplayRecord record = mapper.map(line, Topics.MENTIONS);

        assertThat(record.topic()).isSameAs(Topics.INITIATIVES);
        assertThat(record.key()).isEqualTo("init-3");
        assertThat(record.eventTime()).isEqualTo(Instant.parse("2025-02-28T18:00:00Z"));
        assertThat(MAPPER.readTree(record.value())).isEqualTo(MAPPER.readTree(event));
        Initiative initiative = acceptedInitiative(record);
        assertThat(initiative.storeId()).isEqualTo("store-12");
        assertThat(initiative.isActive()).isTrue();
    }

    @Test
    void ownContractLineGoesToTheDefaultTopicByteForByte() {
        // spacing and field order a re-serialisation would not keep
        String line = "{ \"createdAt\": \"2025-03-01T12:00:00Z\", \"schemaVersion\": 1, \"id\": \"rev-7\", "
                + "\"platform\": \"google\", \"storeId\": \"store-12\", \"rating\": 2.50, "
                + "\"text\": \"File d'attente interminable\", \"language\": \"fr\", \"authorId\": \"u-1\" }";

        ReplayRecord record = mapper.map(line, Topics.REVIEWS);

        assertThat(record.topic()).isSameAs(Topics.REVIEWS);
        assertThat(record.key()).isEqualTo("rev-7");
        assertThat(record.eventTime()).isEqualTo(Instant.parse("2025-03-01T12:00:00Z"));
        assertThat(record.value()).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
        assertThat(acceptedReview(record).rating()).isEqualTo(2.5);
    }

    @Test
    void ownContractLineWithBadTimestampIsStillPublishedUnchanged() {
        String line = "{\"schemaVersion\":1,\"id\":\"m-9\",\"createdAt\":\"yesterday\"}";

        ReplayRecord record = mapper.map(line, Topics.MENTIONS);

        assertThat(record.topic()).isSameAs(Topics.MENTIONS);
        assertThat(record.key()).isEqualTo("m-9");
        assertThat(record.eventTime()).isNull();
        assertThat(record.value()).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nonJsonLineGoesToTheDefaultTopicUnchangedWithoutKey() {
        String line = "pas du JSON : café ☕ {\"id\":\"x\"";

        ReplayRecord record = mapper.map(line, Topics.INITIATIVES);

        assertThat(record.topic()).isSameAs(Topics.INITIATIVES);
        assertThat(record.key()).isNull();
        assertThat(record.eventTime()).isNull();
        assertThat(record.value()).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonFollowedByGarbageIsNotJsonEither() {
        String line = "{\"id\":\"rev-1\",\"createdAt\":\"2025-03-01T12:00:00Z\"} trailing";

        ReplayRecord record = mapper.map(line, Topics.REVIEWS);

        assertThat(record.topic()).isSameAs(Topics.REVIEWS);
        assertThat(record.key()).isNull();
        assertThat(record.eventTime()).isNull();
        assertThat(record.value()).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
    }

    private static Review acceptedReview(ReplayRecord record) {
        Decoded<Review> decoded = DECODER.decode(record.value(), ContractDecoder.REVIEW);
        assertThat(decoded.rejection()).as("rejection of %s", new String(record.value(), StandardCharsets.UTF_8))
                .isNull();
        return decoded.value();
    }

    private static Mention acceptedMention(ReplayRecord record) {
        Decoded<Mention> decoded = DECODER.decode(record.value(), ContractDecoder.MENTION);
        assertThat(decoded.rejection()).as("rejection of %s", new String(record.value(), StandardCharsets.UTF_8))
                .isNull();
        return decoded.value();
    }

    private static Initiative acceptedInitiative(ReplayRecord record) {
        Decoded<Initiative> decoded = DECODER.decode(record.value(), ContractDecoder.INITIATIVE);
        assertThat(decoded.rejection()).isNull();
        return decoded.value();
    }
}
