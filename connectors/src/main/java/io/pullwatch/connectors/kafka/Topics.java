package io.pullwatch.connectors.kafka;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.RawRecord;
import java.util.List;

/**
 * Every topic Pullwatch reads or writes, with its layout, key and delivery guarantee, declared in one place.
 * Names can be overridden in configuration ({@code topic.<logical name>}); everything else is fixed here.
 */
public final class Topics {

    private static final String INPUT = "input: read with isolation.level=read_committed";
    private static final String EXACTLY_ONCE = "exactly-once: transactional, visible to read_committed readers at each checkpoint";
    private static final String ALERTS_AT_LEAST_ONCE = "at-least-once by default (pipeline.alerts-delivery-guarantee):"
            + " visible as soon as raised; a restart may repeat a revision, so de-duplicate on (alertId, revision)";

    public static final TopicSpec<RawRecord> REVIEWS =
            new TopicSpec<>("reviews", "pullwatch.reviews", 2, false, RawRecord.class, null, INPUT);
    public static final TopicSpec<RawRecord> MENTIONS =
            new TopicSpec<>("mentions", "pullwatch.mentions", 2, false, RawRecord.class, null, INPUT);
    /** A changelog keyed by initiative id: compaction keeps the latest version of each initiative. */
    public static final TopicSpec<RawRecord> INITIATIVES =
            new TopicSpec<>("initiatives", "pullwatch.initiatives", 1, true, RawRecord.class, null, INPUT);
    /** A changelog keyed by saved-query id: compaction keeps the latest version of each query. */
    public static final TopicSpec<RawRecord> SAVED_QUERIES =
            new TopicSpec<>("saved-queries", "pullwatch.saved-queries", 1, true, RawRecord.class, null, INPUT);

    public static final TopicSpec<Feedback> FEEDBACK = new TopicSpec<>("feedback", "pullwatch.feedback", 2, false,
            Feedback.class, Feedback::feedbackId, EXACTLY_ONCE);
    public static final TopicSpec<Alert> ALERTS = new TopicSpec<>("alerts", "pullwatch.alerts", 1, false,
            Alert.class, Alert::alertId, ALERTS_AT_LEAST_ONCE);
    /** Keyed by store so that each store's notifications stay in order. */
    public static final TopicSpec<ImpactNotification> IMPACT = new TopicSpec<>("impact", "pullwatch.impact", 2, false,
            ImpactNotification.class, ImpactNotification::storeId, EXACTLY_ONCE);
    public static final TopicSpec<DeadLetter> DEAD_LETTERS = new TopicSpec<>("dead-letters", "pullwatch.dead-letters",
            1, false, DeadLetter.class, DeadLetter::sourceTopic, EXACTLY_ONCE);

    public static final List<TopicSpec<?>> ALL =
            List.of(REVIEWS, MENTIONS, INITIATIVES, SAVED_QUERIES, FEEDBACK, ALERTS, IMPACT, DEAD_LETTERS);

    private Topics() {}

    public static TopicSpec<?> byLogicalName(String logicalName) {
        return ALL.stream().filter(t -> t.logicalName().equals(logicalName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic '" + logicalName + "', expected one of "
                        + ALL.stream().map(TopicSpec::logicalName).toList()));
    }
}
