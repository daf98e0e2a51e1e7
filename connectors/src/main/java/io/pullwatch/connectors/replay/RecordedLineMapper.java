package io.pullwatch.connectors.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SchemaVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one line of a recorded stream to the record to publish. Three shapes are recognised:
 * <ul>
 *   <li>the shared datasets' common shape ({@code event_id}, {@code kind}, {@code ts}, …), mapped to Review or
 *       Mention contracts;</li>
 *   <li>scenario files ({@code topic}, {@code event}, {@code truth}), whose event is published as is;</li>
 *   <li>anything else: a line of the project's own contracts, published byte for byte, so that a bad line reaches
 *       the pipeline's dead letters rather than vanishing here.</li>
 * </ul>
 */
public final class RecordedLineMapper {

    /** A hashtag starts a word: the fragment of a URL ("…/page#reviews") is not one. */
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w/&])#([\\p{L}\\p{N}_]+)");
    /** A URL ends before trailing punctuation ("see http://t.co/abc)."). */
    private static final Pattern URL = Pattern.compile("https?://\\S+?(?=[.,;:!?)\\]}'\"]*(?:\\s|$))");

    private final ObjectMapper mapper;

    public RecordedLineMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @param defaultTopic where lines of the project's own contracts go */
    public ReplayRecord map(String line, TopicSpec<?> defaultTopic) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (IOException notJson) {
            return new ReplayRecord(defaultTopic, null, null, line.getBytes(StandardCharsets.UTF_8));
        }
        if (node instanceof ObjectNode object && object.has("event_id") && object.has("kind")) {
            return fromDataset(object);
        }
        if (node instanceof ObjectNode object && object.has("topic") && object.get("event") instanceof ObjectNode event) {
            TopicSpec<?> topic = inputTopic(object.get("topic").asText());
            return new ReplayRecord(topic == null ? defaultTopic : topic, event.path("id").asText(null),
                    instant(object.path("at")), bytes(event));
        }
        return new ReplayRecord(defaultTopic, node.path("id").asText(null), instant(node.path("createdAt")),
                line.getBytes(StandardCharsets.UTF_8));
    }

    private ReplayRecord fromDataset(ObjectNode row) {
        String id = row.get("event_id").asText();
        Instant ts = instant(row.path("ts"));
        String source = row.path("source").asText("dataset");
        String author = row.path("author_id").asText(null);
        String authorId = author == null ? source + ":anonymous" : author;
        String language = text(row, "lang");
        String text = text(row, "text");
        if ("review".equals(row.path("kind").asText())) {
            String store = text(row, "entity_id");
            Review review = new Review(SchemaVersion.CURRENT, id, source, store == null ? source : store,
                    clampRating(row.path("rating")), text(row, "title"), text, language, authorId, ts, null);
            return new ReplayRecord(Topics.REVIEWS, id, ts, bytes(review));
        }
        JsonNode metrics = row.path("metrics");
        String parent = text(row, "parent_id");
        Relation relation = parent == null ? null
                : "reshare".equals(row.path("kind").asText()) ? Relation.RESHARE : Relation.REPLY;
        Engagement engagement = new Engagement(metrics.path("like_count").asLong(metrics.path("favorite_count").asLong()),
                metrics.path("retweet_count").asLong(), metrics.path("reply_count").asLong(),
                metrics.path("quote_count").asLong());
        Mention mention = new Mention(SchemaVersion.CURRENT, id, source, authorId,
                metrics.path("followers_count").asLong(), text, language, ts, parent, relation, engagement,
                text(row, "entity_id"), find(URL, text, 0),
                find(HASHTAG, text == null ? null : URL.matcher(text).replaceAll(" "), 1));
        return new ReplayRecord(Topics.MENTIONS, id, ts, bytes(mention));
    }

    /** The input topic of that logical name, or null: a recording must never write into an output topic. */
    private static TopicSpec<?> inputTopic(String logicalName) {
        return Topics.ALL.stream().filter(t -> t.keyOf() == null && t.logicalName().equals(logicalName))
                .findFirst().orElse(null);
    }

    /** Datasets rate on other scales (Allociné from 0.5); the contract's 1–5 range is the nearest faithful mapping. */
    private static Double clampRating(JsonNode rating) {
        return rating.isNumber() ? Math.max(1.0, Math.min(5.0, rating.asDouble())) : 3.0;
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> find(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        if (text != null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(group == 1 ? m.group(1).toLowerCase(Locale.ROOT) : m.group());
            }
        }
        return found;
    }

    private byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }
}
