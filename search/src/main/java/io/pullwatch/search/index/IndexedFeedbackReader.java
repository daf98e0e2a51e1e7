package io.pullwatch.search.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pullwatch.core.query.FeedbackDocuments;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.query.IndexedFeedback;
import java.io.IOException;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the index needs ({@link IndexedFeedback}) from a feedback record's JSON with Jackson's streaming
 * parser, skipping the rest: decoding the whole {@link io.pullwatch.core.event.Feedback} (evidence, query matches,
 * engagement, every nested record) cost about as much CPU as Lucene's indexing of the document. The whole text is
 * still parsed, so malformed JSON is refused as before. Records were validated upstream: this checks only what the
 * index relies on (an id, a kind of "review" or "mention" with its object, the types of the fields it reads) and
 * throws an IOException saying what is wrong otherwise. Thread-safe.
 */
public final class IndexedFeedbackReader {

    /** The factory of the project's one mapper configuration ({@link JsonMappers}), so parsing limits stay shared. */
    private final JsonFactory factory = JsonMappers.create().getFactory();

    public IndexedFeedback read(byte[] json) throws IOException {
        return read(json, 0, json.length);
    }

    public IndexedFeedback read(byte[] json, int offset, int length) throws IOException {
        try (JsonParser p = factory.createParser(json, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem(p, "a feedback record is a JSON object");
            }
            String id = null;
            String kind = null;
            String storeId = null;
            String language = null;
            String sentiment = null;
            Source review = null;
            Source mention = null;
            List<String> aspects = List.of();
            List<String> initiatives = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "feedbackId" -> id = text(p);
                    case "kind" -> kind = text(p);
                    case "storeId" -> storeId = text(p);
                    case "language" -> language = text(p);
                    case "review" -> review = source(p);
                    case "mention" -> mention = source(p);
                    case "sentiment" -> sentiment = knownSentiment(p);
                    case "aspects" -> aspects = fieldOfEach(p, "aspect");
                    case "attributions" -> initiatives = fieldOfEach(p, "initiativeId");
                    default -> p.skipChildren(); // a scalar is left as it is: the next token steps over it
                }
            }
            if (p.nextToken() != null) {
                throw problem(p, "trailing content after the feedback record");
            }
            if (id == null || kind == null) {
                throw problem(p, "the record has no feedbackId or no kind");
            }
            boolean isReview = switch (kind) {
                case "review" -> true;
                case "mention" -> false;
                default -> throw problem(p, "unknown kind '" + kind + "'");
            };
            Source source = isReview ? review : mention;
            if (source == null) {
                throw problem(p, "a " + kind + " record without its " + kind + " object");
            }
            return new IndexedFeedback(id, source.text, isReview ? source.title : null, source.createdAt,
                    FeedbackDocuments.keywordValues(language, storeId, source.platform, source.authorId,
                            isReview ? List.of() : source.hashtags, initiatives, aspects, sentiment),
                    isReview ? source.rating : null);
        }
    }

    /** The fields of a review or a mention the index uses. */
    private static final class Source {
        String text;
        String title;
        Instant createdAt;
        String platform;
        String authorId;
        Double rating;
        List<String> hashtags = List.of();
    }

    private static Source source(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(p);
        Source s = new Source();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "text" -> s.text = text(p);
                case "title" -> s.title = text(p);
                case "platform" -> s.platform = text(p);
                case "authorId" -> s.authorId = text(p);
                case "createdAt" -> s.createdAt = instant(p);
                case "rating" -> s.rating = number(p);
                case "hashtags" -> s.hashtags = texts(p);
                default -> p.skipChildren();
            }
        }
        return s;
    }

    /** The label of a sentiment whose confidence is above zero (an unknown sentiment is not indexed), else null. */
    private static String knownSentiment(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(p);
        String label = null;
        double confidence = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "label" -> label = text(p);
                case "confidence" -> {
                    Double c = number(p);
                    confidence = c == null ? 0 : c;
                }
                default -> p.skipChildren();
            }
        }
        if (label != null && !label.equals("negative") && !label.equals("neutral") && !label.equals("positive")) {
            throw problem(p, "unknown sentiment label '" + label + "'");
        }
        return confidence > 0 ? label : null;
    }

    /** The string field {@code field} of each object of an array (aspects, attributions); null array: none. */
    private static List<String> fieldOfEach(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expectArray(p);
        List<String> values = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            expectObject(p);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals(field)) {
                    values.add(text(p));
                } else {
                    p.skipChildren();
                }
            }
        }
        return values;
    }

    private static List<String> texts(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expectArray(p);
        List<String> values = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(text(p));
        }
        return values;
    }

    private static String text(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            default -> throw problem(p, "'" + p.currentName() + "' must be a string");
        };
    }

    private static Double number(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_NULL -> null;
            default -> throw problem(p, "'" + p.currentName() + "' must be a number");
        };
    }

    private static Instant instant(JsonParser p) throws IOException {
        String text = text(p);
        try {
            if (text == null) {
                return null;
            }
            Instant utc = utcInstant(text);
            return utc != null ? utc : Instant.parse(text);
        } catch (DateTimeException e) {
            throw problem(p, "'" + p.currentName() + "' must be an ISO-8601 instant, not '" + text + "'");
        }
    }

    /**
     * The instant of {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, the form the pipeline writes, read without
     * {@link java.time.format.DateTimeFormatter} (which cost as much as reading the rest of the record); null for any
     * other form, which {@link Instant#parse} then reads or refuses.
     */
    static Instant utcInstant(String t) {
        int n = t.length();
        if (n < 20 || n > 30 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (t.charAt(19) != '.' || n == 21) {
                return null;
            }
            int fraction = digits(t, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        } else if (t.charAt(19) != 'Z') {
            return null;
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null; // a leap second or a malformed field: left to Instant.parse
        }
        long days = LocalDate.of(year, month, day).toEpochDay(); // throws on 2025-02-30 and the like
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number written by the ASCII digits t[from, to), or -1 if one is not a digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = t.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static void expectObject(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw problem(p, "'" + p.currentName() + "' must be an object");
        }
    }

    private static void expectArray(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw problem(p, "'" + p.currentName() + "' must be an array");
        }
    }

    private static JsonParseException problem(JsonParser p, String message) {
        return new JsonParseException(p, message);
    }
}
