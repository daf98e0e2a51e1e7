package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.DeadLetterReason;
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
 * Parses a compacted changelog keyed by entity id (initiatives, saved queries). A record with a key and no value is a
 * tombstone: the entity is deleted. A record whose key disagrees with the entity's id is refused, since compaction
 * would keep the wrong version; so is one whose query does not parse (invalid-query, with the parser's message: where
 * and why), here, before it reaches the stage that uses it, so the version in force stays.
 *
 * @param <T> the entity
 * @param <U> the update emitted: an upsert or a deletion
 */
abstract class ChangelogParser<T, U> extends ValidatingParser<U> {

    private final String entityName;
    private transient QuerySyntax syntax;

    ChangelogParser(ValidationLimits limits, String entityName) {
        super(limits);
        this.entityName = entityName;
    }

    /** The entity's contract; a method, not a field, since contracts are not serializable and functions must be. */
    abstract ContractDecoder.Contract<T> contract();

    abstract String idOf(T entity);

    /** The entity's query, or null when it has none. */
    abstract String queryOf(T entity);

    abstract U upsert(T entity);

    abstract U deletion(String id);

    @Override
    public void open(OpenContext openContext) {
        super.open(openContext);
        syntax = new QuerySyntax(FeedbackAnalyzers.perField());
    }

    @Override
    public final void processElement(RawRecord raw, Context ctx, Collector<U> out) {
        String key = raw.key() == null ? null : new String(raw.key(), StandardCharsets.UTF_8);
        if (raw.value() == null && key != null) {
            out.collect(deletion(key));
            return;
        }
        Decoded<T> decoded = decoder.decode(raw.value(), contract());
        if (!decoded.isAccepted()) {
            reject(raw, decoded.rejection(), ctx);
            return;
        }
        T entity = decoded.value();
        String id = idOf(entity);
        if (key != null && !key.equals(id)) {
            reject(raw, new Rejection(DeadLetterReason.INVALID_VALUE, "record key '" + key + "' differs from "
                    + entityName + " id '" + id + "'"), ctx);
            return;
        }
        try {
            if (queryOf(entity) != null) {
                syntax.parse(queryOf(entity));
            }
            out.collect(upsert(entity));
        } catch (InvalidQueryException e) {
            reject(raw, new Rejection(DeadLetterReason.INVALID_QUERY, entityName + " '" + id + "': "
                    + e.getMessage()), ctx);
        }
    }
}
