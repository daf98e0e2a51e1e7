package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.event.Rejection;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.validation.ContractDecoder;
import io.pullwatch.core.validation.ValidationLimits;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;

/**
 * Base of the parse-and-validate stage: decodes raw records and sends every rejected one to the dead-letter side
 * output with its reason and bytes, counting each reason in its own metric ({@code deadLetters.<REASON>}).
 */
abstract class ValidatingParser<OUT> extends ProcessFunction<RawRecord, OUT> {

    private final ValidationLimits limits;
    private transient Clock clock;
    protected transient ContractDecoder decoder;
    private transient Map<DeadLetterReason, Counter> rejections;

    ValidatingParser(ValidationLimits limits) {
        this.limits = limits;
    }

    @Override
    public void open(OpenContext openContext) {
        clock = Clock.systemUTC();
        decoder = new ContractDecoder(JsonMappers.create(), limits, clock);
        rejections = new EnumMap<>(DeadLetterReason.class);
        var group = getRuntimeContext().getMetricGroup().addGroup("deadLetters");
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            rejections.put(reason, group.counter(reason.name()));
        }
    }

    protected void reject(RawRecord raw, Rejection rejection, Context ctx) {
        rejections.get(rejection.reason()).inc();
        ctx.output(PipelineState.DEAD_LETTERS, DeadLetter.of(raw, rejection, clock.instant()));
    }
}
