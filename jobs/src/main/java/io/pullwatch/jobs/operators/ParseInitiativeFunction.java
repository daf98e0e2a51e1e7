package io.pullwatch.jobs.operators;

import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.event.Rejection;
import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.InvalidQueryException;
import io.pullwatch.core.query.QuerySyntax;
import io.pullwatch.core.validation.ContractDecoder;
import io.pullwatch.core.validation.Decoded;
import io.pullwatch.core.validation.ValidationLimits;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.util.Collector;

/**
 * Parses the initiatives changelog. A record with a key and no value is a tombstone: the initiative is deleted. A
 * record whose key disagrees with the initiative's id is refused, since compaction would keep the wrong version, and
 * so is one whose query does not parse (invalid-query, with the parser's message), so that the version in force stays.
 */
public final class ParseInitiativeFunction extends ValidatingParser<InitiativeUpdate> {

    private transient QuerySyntax syntax;

    public ParseInitiativeFunction(ValidationLimits limits) {
        super(limits);
    }

    @Override
    public void open(OpenContext openContext) {
        super.open(openContext);
        syntax = new QuerySyntax(FeedbackAnalyzers.perField());
    }

    @Override
    public void processElement(RawRecord raw, Context ctx, Collector<InitiativeUpdate> out) {
        String key = raw.key() == null ? null : new String(raw.key(), StandardCharsets.UTF_8);
        if (raw.value() == null && key != null) {
            out.collect(InitiativeUpdate.deletion(key));
            return;
        }
        Decoded<Initiative> decoded = decoder.decode(raw.value(), ContractDecoder.INITIATIVE);
        if (!decoded.isAccepted()) {
            reject(raw, decoded.rejection(), ctx);
        } else if (key != null && !key.equals(decoded.value().id())) {
            reject(raw, new Rejection(DeadLetterReason.INVALID_VALUE, "record key '" + key
                    + "' differs from initiative id '" + decoded.value().id() + "'"), ctx);
        } else if (decoded.value().query() != null) {
            try {
                syntax.parse(decoded.value().query());
                out.collect(InitiativeUpdate.upsert(decoded.value()));
            } catch (InvalidQueryException e) {
                reject(raw, new Rejection(DeadLetterReason.INVALID_QUERY,
                        "initiative '" + decoded.value().id() + "': " + e.getMessage()), ctx);
            }
        } else {
            out.collect(InitiativeUpdate.upsert(decoded.value()));
        }
    }
}
