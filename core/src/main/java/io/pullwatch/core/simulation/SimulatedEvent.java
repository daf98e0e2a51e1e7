package io.pullwatch.core.simulation;

import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One event of a simulated stream: a review or a mention, and what produced it — a wave ({@code waveId}), a reshare
 * cascade ({@code cascadeRootId}, the root included), or neither (background).
 */
public record SimulatedEvent(Review review, Mention mention, String waveId, String cascadeRootId) {

    public static final Comparator<SimulatedEvent> CHRONOLOGICAL = Comparator.comparing(SimulatedEvent::at);

    public SimulatedEvent {
        if ((review == null) == (mention == null)) {
            throw new IllegalArgumentException("a simulated event is exactly one review or one mention");
        }
    }

    public static SimulatedEvent of(Review review, String waveId) {
        return new SimulatedEvent(Objects.requireNonNull(review), null, waveId, null);
    }

    public static SimulatedEvent of(Mention mention, String waveId, String cascadeRootId) {
        return new SimulatedEvent(null, Objects.requireNonNull(mention), waveId, cascadeRootId);
    }

    public Instant at() {
        return review != null ? review.createdAt() : mention.createdAt();
    }

    /** The logical input topic the event is published to. */
    public String topic() {
        return review != null ? "reviews" : "mentions";
    }

    /** The contract the event carries. */
    public Object payload() {
        return review != null ? review : mention;
    }
}
