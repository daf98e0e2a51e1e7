package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.query.SavedQueryUpdate;
import io.pullwatch.core.validation.ContractDecoder;
import io.pullwatch.core.validation.ValidationLimits;

/**
 * Parses the saved-queries changelog (see {@link ChangelogParser}). Besides the contract, the query itself must
 * parse, so that an invalid one can never disturb the queries already in force.
 */
public final class ParseSavedQueryFunction extends ChangelogParser<SavedQuery, SavedQueryUpdate> {

    public ParseSavedQueryFunction(ValidationLimits limits) {
        super(limits, "saved query");
    }

    @Override
    ContractDecoder.Contract<SavedQuery> contract() {
        return ContractDecoder.SAVED_QUERY;
    }

    @Override
    String idOf(SavedQuery query) {
        return query.id();
    }

    @Override
    String queryOf(SavedQuery query) {
        return query.query();
    }

    @Override
    SavedQueryUpdate upsert(SavedQuery query) {
        return SavedQueryUpdate.upsert(query);
    }

    @Override
    SavedQueryUpdate deletion(String id) {
        return SavedQueryUpdate.deletion(id);
    }
}
