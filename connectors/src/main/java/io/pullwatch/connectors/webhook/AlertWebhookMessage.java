package io.pullwatch.connectors.webhook;

import static io.pullwatch.connectors.webhook.Mrkdwn.bold;
import static io.pullwatch.connectors.webhook.Mrkdwn.code;
import static io.pullwatch.connectors.webhook.Mrkdwn.escape;

import io.pullwatch.connectors.webhook.SlackMessage.Block;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertEvidence.AuthorEvidence;
import io.pullwatch.core.event.AlertEvidence.CascadeEvidence;
import io.pullwatch.core.event.AlertEvidence.PostEvidence;
import io.pullwatch.core.event.AlertEvidence.TermEvidence;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Polarity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An alert as a Slack message: status, polarity, severity, scope and summary first (also the notification text), then
 * the evidence an operator needs to judge it without opening anything else. Every part of the evidence is optional:
 * the fixed-threshold detector reports counts only, and a list may be empty or hold nulls.
 */
public final class AlertWebhookMessage implements WebhookFormatter<Alert> {

    private static final long serialVersionUID = 1L;

    static final int TOP_TERMS = 8;
    static final int TOP_POSTS = 5;
    static final int TOP_AUTHORS = 5;
    static final int SNIPPET_CHARS = 280;
    static final int LISTED_IDS = 10;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Override
    public SlackMessage format(Alert alert) {
        List<Block> blocks = new ArrayList<>();
        String summary = alert.summary() == null || alert.summary().isBlank() ? "" : "\n" + escape(alert.summary());
        blocks.add(Block.section(headline(alert) + summary));
        blocks.add(Block.fields(facts(alert)));
        AlertEvidence evidence = alert.evidence();
        if (evidence != null) {
            addIfPresent(blocks, topTerms(evidence.topTerms()));
            addIfPresent(blocks, topPosts(evidence.topPosts()));
            addIfPresent(blocks, topAuthors(evidence.topAuthors()));
            addIfPresent(blocks, cascade(evidence.cascade()));
        }
        blocks.add(Block.context("Pullwatch · alert " + code(alert.alertId()) + " · revision " + alert.revision()
                + " · detector " + code(alert.detector())));
        return new SlackMessage(fallback(alert), blocks);
    }

    @Override
    public String describe(Alert alert) {
        return "alert " + alert.alertId() + " revision " + alert.revision();
    }

    /** The notification line: what a phone shows, so complete on its own. */
    private static String fallback(Alert alert) {
        String text = statusEmoji(alert.status()) + " " + statusWords(alert.status()) + ": "
                + polarityWord(alert.polarity()) + ", severity " + alert.severity() + ", " + escape(scope(alert));
        return alert.summary() == null || alert.summary().isBlank() ? text : text + " — " + escape(alert.summary());
    }

    private static String headline(Alert alert) {
        return statusEmoji(alert.status()) + " " + bold(statusWords(alert.status())) + " · "
                + polarityEmoji(alert.polarity()) + " " + polarityWord(alert.polarity()) + " · severity "
                + bold(String.valueOf(alert.severity())) + " · " + code(scope(alert));
    }

    private static List<String> facts(Alert alert) {
        List<String> facts = new ArrayList<>();
        facts.add(fact("Severity", String.valueOf(alert.severity())));
        AlertEvidence e = alert.evidence();
        if (e != null) {
            facts.add(fact("Observed", count(e.observed()) + " (expected " + decimal(e.expected(), 1) + ")"));
            if (e.surprise() > 0) {
                facts.add(fact("Surprise", decimal(e.surprise(), 2)));
            }
            if (e.reach() > 0) {
                facts.add(fact("Reach", count(e.reach()) + " people"));
            }
            facts.add(fact("Sentiment", count(e.negative()) + " negative · " + count(e.positive()) + " positive · "
                    + count(e.neutral()) + " neutral"));
        }
        if (alert.windowStart() != null || alert.windowEnd() != null) {
            facts.add(fact("Window (UTC)", minute(alert.windowStart()) + " → " + minute(alert.windowEnd())));
        }
        if (e != null) {
            if (!present(e.storeIds()).isEmpty()) {
                facts.add(fact("Stores", codes(e.storeIds())));
            }
            if (!present(e.initiativeIds()).isEmpty()) {
                facts.add(fact("Initiatives", codes(e.initiativeIds())));
            }
            if (e.firstFeedbackId() != null) {
                facts.add(fact("First post", code(e.firstFeedbackId())));
            }
        }
        return facts;
    }

    private static String topTerms(List<TermEvidence> terms) {
        String listed = present(terms).stream().filter(t -> t.term() != null).limit(TOP_TERMS)
                .map(t -> code(t.term()) + " ×" + count(t.count()))
                .collect(Collectors.joining(" · "));
        return listed.isEmpty() ? null : bold("Top terms") + " " + listed;
    }

    private static String topPosts(List<PostEvidence> posts) {
        List<String> lines = present(posts).stream().limit(TOP_POSTS).map(post -> {
            String line = "• " + code(post.feedbackId()) + " by " + code(post.authorId()) + " · reach "
                    + count(post.reach()) + " · sentiment " + signed(post.sentiment())
                    + (post.createdAt() == null ? "" : " · " + minute(post.createdAt()) + " UTC");
            String snippet = Mrkdwn.snippet(post.snippet(), SNIPPET_CHARS);
            return snippet.isEmpty() ? line : line + "\n>" + snippet;
        }).toList();
        return lines.isEmpty() ? null : bold("Top posts") + "\n" + String.join("\n", lines);
    }

    private static String topAuthors(List<AuthorEvidence> authors) {
        List<String> lines = present(authors).stream().limit(TOP_AUTHORS)
                .map(a -> "• " + code(a.authorId()) + " · " + count(a.reach()) + " followers · " + count(a.posts())
                        + (a.posts() == 1 ? " post" : " posts"))
                .toList();
        return lines.isEmpty() ? null : bold("Top authors") + "\n" + String.join("\n", lines);
    }

    private static String cascade(CascadeEvidence cascade) {
        if (cascade == null) {
            return null;
        }
        String forecast = cascade.predictedFinal() == null
                ? "final size unbounded (supercritical)"
                : "about " + count(Math.round(cascade.predictedFinal())) + " in the end (95% interval "
                        + bound(cascade.low()) + "–" + bound(cascade.high()) + ")";
        return bold("Cascade forecast") + " for " + code(cascade.rootFeedbackId()) + ": "
                + count(cascade.resharesSoFar()) + " reshares so far, " + forecast + ", infectiousness "
                + decimal(cascade.infectiousness(), 2);
    }

    private static void addIfPresent(List<Block> blocks, String mrkdwn) {
        if (mrkdwn != null) {
            blocks.add(Block.section(mrkdwn));
        }
    }

    private static String fact(String label, String value) {
        return bold(label) + "\n" + value;
    }

    private static String codes(List<String> ids) {
        List<String> present = present(ids);
        String listed = present.stream().limit(LISTED_IDS).map(Mrkdwn::code).collect(Collectors.joining(", "));
        return present.size() > LISTED_IDS ? listed + " and " + (present.size() - LISTED_IDS) + " more" : listed;
    }

    private static <T> List<T> present(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    private static String scope(Alert alert) {
        return alert.scope() == null ? "unknown scope" : alert.scope();
    }

    private static String statusWords(AlertStatus status) {
        if (status == null) {
            return "Alert";
        }
        return switch (status) {
            case OPENED -> "Alert opened";
            case UPDATED -> "Alert updated";
            case RESOLVED -> "Alert resolved";
        };
    }

    private static String statusEmoji(AlertStatus status) {
        if (status == null) {
            return ":grey_question:";
        }
        return switch (status) {
            case OPENED -> ":rotating_light:";
            case UPDATED -> ":arrows_counterclockwise:";
            case RESOLVED -> ":white_check_mark:";
        };
    }

    private static String polarityWord(Polarity polarity) {
        return polarity == null ? "unknown polarity" : polarity.name().toLowerCase(Locale.ROOT);
    }

    private static String polarityEmoji(Polarity polarity) {
        if (polarity == null) {
            return ":white_circle:";
        }
        return switch (polarity) {
            case NEGATIVE -> ":red_circle:";
            case POSITIVE -> ":large_green_circle:";
            case MIXED -> ":large_orange_circle:";
        };
    }

    private static String minute(Instant instant) {
        return instant == null ? "?" : MINUTE.format(instant);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String decimal(double value, int places) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + places + "f", value) : "n/a";
    }

    private static String signed(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%+.2f", value) : "n/a";
    }

    private static String bound(Double value) {
        if (value == null) {
            return "unbounded";
        }
        return Double.isFinite(value) ? count(Math.round(value)) : "unbounded";
    }
}
