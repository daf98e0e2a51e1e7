package io.pullwatch.core.validation;

import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Rejection;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.Review;
import java.time.Instant;
import java.util.Optional;

/** The semantic rules of each input contract, beyond what JSON binding already enforces. */
public final class ContractRules {

    private ContractRules() {}

    public static Optional<Rejection> check(Review r, ValidationLimits limits, Instant now) {
        return new Violations(limits, now)
                .required("id", r.id()).required("platform", r.platform()).required("storeId", r.storeId())
                .required("rating", r.rating()).required("text", r.text()).required("authorId", r.authorId())
                .required("createdAt", r.createdAt())
                .text("text", r.text()).text("title", r.title())
                .check(r.rating() == null || (r.rating() >= Review.MIN_RATING && r.rating() <= Review.MAX_RATING),
                        "field 'rating' must be between 1 and 5, was " + r.rating())
                .timestamp("createdAt", r.createdAt())
                .language("language", r.language())
                .noBlankEntries("staffMentions", r.staffMentions())
                .first();
    }

    public static Optional<Rejection> check(Mention m, ValidationLimits limits, Instant now) {
        return new Violations(limits, now)
                .required("id", m.id()).required("platform", m.platform()).required("authorId", m.authorId())
                .required("createdAt", m.createdAt())
                .requiredUnless(m.relation() == Relation.RESHARE, "text", m.text())
                .text("text", m.text())
                .check(m.authorFollowers() >= 0, "field 'authorFollowers' must not be negative")
                .check((m.parentId() == null) == (m.relation() == null),
                        "fields 'parentId' and 'relation' must be given together")
                .timestamp("createdAt", m.createdAt())
                .language("language", m.language())
                .noBlankEntries("hashtags", m.hashtags()).noBlankEntries("urls", m.urls())
                .first();
    }

    /** The query's syntax is checked where it is parsed, by the query parser, which can say where it is wrong. */
    public static Optional<Rejection> check(SavedQuery q, ValidationLimits limits, Instant now) {
        return new Violations(limits, now)
                .required("id", q.id()).required("query", q.query()).required("updatedAt", q.updatedAt())
                .text("query", q.query()).text("name", q.name())
                .timestamp("updatedAt", q.updatedAt())
                .first();
    }

    public static Optional<Rejection> check(Initiative i, ValidationLimits limits, Instant now) {
        return new Violations(limits, now)
                .required("id", i.id()).required("storeId", i.storeId()).required("ownerStaffId", i.ownerStaffId())
                .required("ownerDisplayName", i.ownerDisplayName()).required("kind", i.kind())
                .required("title", i.title()).required("startsAt", i.startsAt()).required("status", i.status())
                .text("description", i.description()).text("query", i.query())
                .timestamp("startsAt", i.startsAt())
                .check(i.endsAt() == null || i.startsAt() == null || i.endsAt().isAfter(i.startsAt()),
                        "field 'endsAt' must be after 'startsAt'")
                .noBlankEntries("codes", i.codes()).noBlankEntries("hashtags", i.hashtags())
                .noBlankEntries("aliases", i.aliases())
                .first();
    }
}
