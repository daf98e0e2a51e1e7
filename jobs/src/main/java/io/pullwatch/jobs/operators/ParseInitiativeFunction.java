package io.pullwatch.jobs.operators;

import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.validation.ContractDecoder;
import io.pullwatch.core.validation.ValidationLimits;

/** Parses the initiatives changelog (see {@link ChangelogParser}); an initiative's own query must parse. */
public final class ParseInitiativeFunction extends ChangelogParser<Initiative, InitiativeUpdate> {

    public ParseInitiativeFunction(ValidationLimits limits) {
        super(limits, "initiative");
    }

    @Override
    ContractDecoder.Contract<Initiative> contract() {
        return ContractDecoder.INITIATIVE;
    }

    @Override
    String idOf(Initiative initiative) {
        return initiative.id();
    }

    @Override
    String queryOf(Initiative initiative) {
        return initiative.query();
    }

    @Override
    InitiativeUpdate upsert(Initiative initiative) {
        return InitiativeUpdate.upsert(initiative);
    }

    @Override
    InitiativeUpdate deletion(String id) {
        return InitiativeUpdate.deletion(id);
    }
}
