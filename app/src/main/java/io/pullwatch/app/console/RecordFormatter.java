package io.pullwatch.app.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders records of Pullwatch's output topics as one readable line each; other topics as their JSON. */
public final class RecordFormatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final int SNIPPET = 90;

    private final ObjectMapper mapper;

    public RecordFormatter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String format(TopicSpec<?> topic, byte[] value) {
        if (value == null) {
            return "(tombstone)";
        }
        try {
            if (topic == Topics.ALERTS) {
                return alert(mapper.readValue(value, Alert.class));
            }
            if (topic == Topics.FEEDBACK) {
                return feedback(mapper.readValue(value, Feedback.class));
            }
            if (topic == Topics.DEAD_LETTERS) {
                return deadLetter(mapper.readValue(value, DeadLetter.class));
            }
            if (topic == Topics.IMPACT) {
                return impact(mapper.readValue(value, ImpactNotification.class));
            }
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage().lines().findFirst().orElse("") + ") "
                    + snippet(new String(value, StandardCharsets.UTF_8));
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    /**
     * One header line (what, where, how bad, since when), then for an opening or a resolution the evidence indented
     * below it: counts against the baseline, the wave's words, its most-read posts and authors, its stores and
     * initiatives, and for a cascade its forecast.
     */
    public static String alert(Alert a) {
        String arrow = a.status() == AlertStatus.OPENED ? "▲" : a.status() == AlertStatus.UPDATED ? "△" : "▽";
        AlertEvidence e = a.evidence();
        String initiatives = e.initiativeIds().isEmpty() ? "" : "  initiatives=" + String.join(",", e.initiativeIds());
        String header = String.format("%s %s %-8s %-8s sev %2d  %-22s %s%s  [%s..%s] first=%s id=%s r%d", arrow,
                time(a.windowEnd()), a.status(), a.polarity(), a.severity(), a.scope(), a.summary(), initiatives,
                TIME.format(a.windowStart()).substring(11), TIME.format(a.windowEnd()).substring(11),
                e.firstFeedbackId(), a.alertId().substring(0, 8), a.revision());
        if (a.status() == AlertStatus.UPDATED) {
            return header;
        }
        StringBuilder text = new StringBuilder(header);
        if (e.cascade() != null) {
            AlertEvidence.CascadeEvidence c = e.cascade();
            evidenceLine(text, "cascade", String.format("%,d reshares, predicted final %s (95%% %s–%s), infectiousness %.4f",
                    c.resharesSoFar(), count(c.predictedFinal()), count(c.low()), count(c.high()), c.infectiousness()));
        } else {
            evidenceLine(text, "counts", String.format("%,d posts vs %,.1f expected · surprise 1e-%.0f · %d positive,"
                    + " %d negative, %d neutral · reach %,d", e.observed(), e.expected(), e.surprise(), e.positive(),
                    e.negative(), e.neutral(), e.reach()));
        }
        if (!e.topTerms().isEmpty()) {
            evidenceLine(text, "words", e.topTerms().stream().map(t -> t.term() + " (" + t.count() + ")")
                    .collect(Collectors.joining(", ")));
        }
        e.topPosts().stream().limit(3).forEach(p -> evidenceLine(text, "post", String.format("%s @%s (%,d): %s",
                p.feedbackId(), p.authorId(), p.reach(), p.snippet() == null ? "" : snippet(p.snippet()))));
        if (e.cascade() == null && !e.topAuthors().isEmpty()) {
            evidenceLine(text, "authors", e.topAuthors().stream()
                    .map(au -> String.format("%s (%,d, %d posts)", au.authorId(), au.reach(), au.posts()))
                    .collect(Collectors.joining(" · ")));
        }
        if (!e.storeIds().isEmpty()) {
            evidenceLine(text, "stores", String.join(", ", e.storeIds().subList(0, Math.min(5, e.storeIds().size()))));
        }
        return text.toString();
    }

    private static void evidenceLine(StringBuilder text, String label, String value) {
        text.append(String.format("%n      %-8s %s", label, value));
    }

    private static String count(Double value) {
        return value == null ? "∞" : String.format("%,.0f", value);
    }

    private static String feedback(Feedback f) {
        String attributions = f.attributions().stream()
                .map(a -> a.initiativeId() + "(" + a.rule().name().toLowerCase() + " " + percent(a) + ")")
                .collect(Collectors.joining(","));
        String sentiment = f.sentiment() == null ? "?" : String.format("%s %+.2f", f.sentiment().label(), f.sentiment().score());
        return String.format("%s %-28s %-16s %-3s %-16s %s%s", time(f.createdAt()), f.feedbackId(),
                f.storeId() == null ? "-" : f.storeId(), f.language(), sentiment, snippet(f.text()),
                attributions.isEmpty() ? "" : "  → " + attributions);
    }

    private static String deadLetter(DeadLetter d) {
        String original = d.originalBytes() == null ? "" : new String(d.originalBytes(), StandardCharsets.UTF_8);
        return String.format("%s %-26s %s[%d]@%d: %s | %s", time(d.failedAt()), d.reason(), d.sourceTopic(),
                d.partition(), d.offset(), d.error(), snippet(original));
    }

    /** What changed, how sure, what to look at, on one line: "◆ time TYPE[/risk] store initiative …". */
    public static String impact(ImpactNotification n) {
        String kind = n.type() == null ? "-" : n.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.risk() != null) {
            kind += "/" + n.risk().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return String.format(Locale.ROOT, "◆ %s %-38s store=%s initiative=%s  %s  (confidence %.2f) | %s | %s  id=%s",
                time(n.createdAt()), kind, n.storeId(), n.initiativeId() == null ? "-" : n.initiativeId(),
                n.headline(), n.confidence(), n.details() == null ? "" : n.details(),
                n.lookAt() == null ? "" : n.lookAt(), n.notificationId().substring(0, Math.min(8,
                        n.notificationId().length())));
    }

    private static String percent(Attribution a) {
        return Math.round(a.confidence() * 100) + "%";
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    private static String snippet(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET - 1) + "…";
    }
}
