package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.validation.ContractDecoder;
import io.pullwatch.core.validation.Decoded;
import io.pullwatch.core.validation.ValidationLimits;
import org.apache.flink.util.Collector;

/** Parses the records of one input topic (reviews or mentions) into feedback; bad records become dead letters. */
public final class ParseFeedbackFunction extends ValidatingParser<Feedback> {

    private final FeedbackKind kind;

    public ParseFeedbackFunction(FeedbackKind kind, ValidationLimits limits) {
        super(limits);
        this.kind = kind;
    }

    @Override
    public void processElement(RawRecord raw, Context ctx, Collector<Feedback> out) {
        if (kind == FeedbackKind.REVIEW) {
            Decoded<Review> review = decoder.decode(raw.value(), ContractDecoder.REVIEW);
            if (review.isAccepted()) {
                out.collect(Feedback.of(review.value()));
            } else {
                reject(raw, review.rejection(), ctx);
            }
        } else {
            Decoded<Mention> mention = decoder.decode(raw.value(), ContractDecoder.MENTION);
            if (mention.isAccepted()) {
                out.collect(Feedback.of(mention.value()));
            } else {
                reject(raw, mention.rejection(), ctx);
            }
        }
    }
}
