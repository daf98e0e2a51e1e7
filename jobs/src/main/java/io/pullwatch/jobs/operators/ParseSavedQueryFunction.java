package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.event.Rejection;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.InvalidQueryException;
import io.pullwatch.core.query.QuerySyntax;
import io.pullwatch.core.query.SavedQueryUpdate;
import io.pullwatch.core.validation.ContractDecoder;
import io.pullwatch.core.validation.Decoded;
import io.pullwatch.core.validation.ValidationLimits;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.util.Collector;

/**
 * Parses the saved-queries changelog. Besides the contract, the query itself must parse: a query that does not is
 * dead-lettered as invalid-query with the parser's message (where and why) and its original bytes, here, before it
 * reaches the matcher, so it can never disturb the queries already in force. A tombstone deletes the query.
 */
public final class ParseSavedQueryFunction extends ValidatingParser<SavedQueryUpdate> {

    private transient QuerySyntax syntax;

    public ParseSavedQueryFunction(ValidationLimits limits) {
        super(limits);
    }

    @Override
    public void open(OpenContext openContext) {
        super.open(openContext);
        syntax = new QuerySyntax(FeedbackAnalyzers.perField());
    }

    @Override
    public void processElement(RawRecord raw, Context ctx, Collector<SavedQueryUpdate> out) {
        String key = raw.key() == null ? null : new String(raw.key(), StandardCharsets.UTF_8);
        if (raw.value() == null && key != null) {
            out.collect(SavedQueryUpdate.deletion(key));
            return;
        }
        Decoded<SavedQuery> decoded = decoder.decode(raw.value(), ContractDecoder.SAVED_QUERY);
        if (!decoded.isAccepted()) {
            reject(raw, decoded.rejection(), ctx);
            return;
        }
        SavedQuery query = decoded.value();
        if (key != null && !key.equals(query.id())) {
            reject(raw, new Rejection(DeadLetterReason.INVALID_VALUE, "record key '" + key
                    + "' differs from saved query id '" + query.id() + "'"), ctx);
            return;
        }
        try {
            syntax.parse(query.query());
            out.collect(SavedQueryUpdate.upsert(query));
        } catch (InvalidQueryException e) {
            reject(raw, new Rejection(DeadLetterReason.INVALID_QUERY,
                    "saved query '" + query.id() + "': " + e.getMessage()), ctx);
        }
    }
}
