package io.pullwatch.app.bench;

import io.pullwatch.app.eval.DevCorpora;
import io.pullwatch.app.eval.LabelledText;
import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.text.TextNormalizer;
import io.pullwatch.core.understanding.TextUnderstanding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query benchmark's inputs: real posts and reviews as enriched feedback spread over 200 stores, saved searches of
 * the shapes marketing writes (mostly about one product, store or person; terms, phrases, boolean, fields, ranges),
 * and active initiatives with codes, hashtags, staff names and partners. Words for the queries are drawn from the
 * events' own vocabulary past its 300 most frequent words, as brand and product names are.
 */
final class QueryWorkload {

    static final int STORES = 200;
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final Pattern HASHTAG = Pattern.compile("#(\\p{L}[\\p{L}\\p{N}_]*)");
    private static final List<String> CORPORA = List.of("sanders", "pheme", "french_media", "amazon2018_fashion5");
    private static final String[] FIRST_NAMES = {"Camille", "Jean-François", "Sophie", "Marc", "Lucie", "Karim",
        "Nadia", "Thomas", "Julie", "Hugo", "Emma", "Louis", "Chloé", "Yanis", "Inès", "Paul"};
    private static final String[] LAST_NAMES = {"Martin", "Bernard", "Dubois", "Laurent", "Petit", "Haddad", "Moreau",
        "Girard", "Fontaine", "Rousseau", "Lefebvre", "Mercier", "Garnier", "Faure", "Chevalier", "Blanc"};
    private static final String[] ASPECTS = {"staff-and-service", "price-and-promotion", "stock-and-availability",
        "waiting-and-queues", "product-quality", "store-and-cleanliness", "delivery-and-online"};

    final List<Feedback> events;
    private final List<String> vocabulary;
    private final SplittableRandom rng = new SplittableRandom(42);

    QueryWorkload(DevCorpora corpora, int eventCount) {
        this.events = events(corpora, eventCount);
        this.vocabulary = specificWords(events);
    }

    /** Saved searches by id, of realistic shapes. */
    Map<String, String> queries(int count) {
        Map<String, String> queries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            queries.put("q-" + i, query());
        }
        return queries;
    }

    List<Initiative> initiatives(int count) {
        List<Initiative> initiatives = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
            String topic = word() + " " + word();
            initiatives.add(new Initiative(SchemaVersion.CURRENT, "init-" + i, store(), "staff-" + i, name,
                    InitiativeKind.values()[i % InitiativeKind.values().length], "Offer on " + topic,
                    "A local operation about " + topic + " and " + word(), AT.minus(Duration.ofDays(1)),
                    AT.plus(Duration.ofDays(1)), List.of(), List.of("CODE" + i), List.of("#op" + i),
                    List.of(), i % 4 == 0 ? "Maison " + pick(LAST_NAMES) + " " + i : null,
                    i % 10 == 0 ? "\"" + topic + "\"~3" : null, InitiativeStatus.ACTIVE));
        }
        return initiatives;
    }

    private String query() {
        int shape = rng.nextInt(100);
        if (shape < 25) {
            return "\"" + word() + " " + word() + "\"~3";
        } else if (shape < 50) {
            return "store:" + store() + " AND (" + word() + " OR " + word() + ")";
        } else if (shape < 65) {
            return word() + " AND " + word() + " AND NOT " + word();
        } else if (shape < 75) {
            return "hashtag:" + word() + " OR \"" + word() + " " + word() + "\"";
        } else if (shape < 85) {
            return "author:" + pick(FIRST_NAMES).toLowerCase() + " OR (" + word() + " AND lang:" + (rng.nextBoolean()
                    ? "en" : "fr") + ")";
        } else if (shape < 93) {
            return "rating:[1 TO 2] AND " + word();
        }
        return "store:" + store() + " AND aspect:" + pick(ASPECTS) + " AND sentiment:negative AND " + word();
    }

    private String word() {
        // Zipf-like: most saved searches name something moderately rare
        int index = (int) Math.min(vocabulary.size() - 1, Math.abs(rng.nextGaussian()) * vocabulary.size() / 3);
        return vocabulary.get(index);
    }

    private String store() {
        return "store-" + rng.nextInt(STORES);
    }

    private <T> T pick(T[] values) {
        return values[rng.nextInt(values.length)];
    }

    private List<Feedback> events(DevCorpora corpora, int count) {
        List<LabelledText> texts = new ArrayList<>();
        CORPORA.forEach(corpus -> texts.addAll(corpora.texts(corpus)));
        TextUnderstanding understanding = TextUnderstanding.standard();
        List<Feedback> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LabelledText text = texts.get(i % texts.size());
            Feedback raw = text.rating() != null
                    ? Feedback.of(new Review(SchemaVersion.CURRENT, "r-" + i, "google", store(), text.rating(), null,
                            text.text(), text.language(), "author-" + rng.nextInt(5_000), AT, List.of()))
                    : Feedback.of(new Mention(SchemaVersion.CURRENT, "m-" + i, "x", "author-" + rng.nextInt(5_000),
                            (long) rng.nextInt(10_000), text.text(), text.language(), AT, null, null, Engagement.NONE,
                            rng.nextBoolean() ? store() : null, List.of(), hashtags(text.text())));
            events.add(understanding.enrich(raw));
        }
        return events;
    }

    private static List<String> hashtags(String text) {
        List<String> tags = new ArrayList<>();
        Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            tags.add(m.group(1));
        }
        return tags;
    }

    /** Words of four letters or more, by decreasing frequency, past the 300 most common. */
    private static List<String> specificWords(List<Feedback> events) {
        Map<String, Integer> counts = new HashMap<>();
        for (Feedback event : events) {
            for (String token : TextNormalizer.tokens(event.text())) {
                if (token.length() >= 4 && token.chars().allMatch(Character::isLetter)) {
                    counts.merge(token, 1, Integer::sum);
                }
            }
        }
        List<String> words = new ArrayList<>(counts.keySet());
        words.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
        return words.subList(Math.min(300, words.size()), words.size());
    }
}
