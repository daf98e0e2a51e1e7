package io.pullwatch.core.scenario;

import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/** One event of a scenario: when it happens, the topic it goes to, the contract itself, and its ground truth. */
public record ScenarioEvent(
        Instant at, ScenarioTopic topic, Review review, Mention mention, Initiative initiative, GroundTruth truth) {

    /** Time order; at the same instant initiatives come first, so that feedback never precedes what it is about. */
    public static final Comparator<ScenarioEvent> CHRONOLOGICAL = Comparator.comparing(ScenarioEvent::at)
            .thenComparing(e -> e.topic() != ScenarioTopic.INITIATIVES);

    public ScenarioEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(truth, "truth");
        long present = Stream.of(review, mention, initiative).filter(Objects::nonNull).count();
        if (present != 1 || payloadOf(topic, review, mention, initiative) == null) {
            throw new IllegalArgumentException("a " + topic + " event carries exactly one contract, of its topic");
        }
    }

    /** Feedback happens when it was written: event time is the contract's createdAt. */
    public static ScenarioEvent of(Review review, GroundTruth truth) {
        return new ScenarioEvent(review.createdAt(), ScenarioTopic.REVIEWS, review, null, null, truth);
    }

    public static ScenarioEvent of(Mention mention, GroundTruth truth) {
        return new ScenarioEvent(mention.createdAt(), ScenarioTopic.MENTIONS, null, mention, null, truth);
    }

    /** An initiative is published when the scenario says, which need not be when it starts running. */
    public static ScenarioEvent of(Instant at, Initiative initiative) {
        return new ScenarioEvent(at, ScenarioTopic.INITIATIVES, null, null, initiative,
                GroundTruth.about(initiative.id()));
    }

    /** The contract this event carries: a Review, a Mention or an Initiative, as the topic says. */
    public Object payload() {
        return payloadOf(topic, review, mention, initiative);
    }

    private static Object payloadOf(ScenarioTopic topic, Review review, Mention mention, Initiative initiative) {
        return switch (topic) {
            case REVIEWS -> review;
            case MENTIONS -> mention;
            case INITIATIVES -> initiative;
        };
    }
}
