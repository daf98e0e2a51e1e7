package io.pullwatch.search.access;

import io.pullwatch.core.query.FeedbackFields;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** What each role may see and do. Every check throws {@link ForbiddenException} with the reason. */
public final class AccessPolicy {

    private AccessPolicy() {}

    /**
     * The stores a search is restricted to: what was asked for, and for a store manager their own store, whatever
     * was asked; a store manager asking for another store, by filter or in the query text, is refused.
     */
    public static List<String> storesFor(Principal principal, List<String> requested, Query userQuery) {
        if (principal.role() != Role.STORE_MANAGER) {
            return requested;
        }
        for (String store : requested) {
            requireOwnStore(principal, store);
        }
        if (userQuery != null) {
            for (String store : storesNamedIn(userQuery)) {
                requireOwnStore(principal, store);
            }
        }
        return List.of(principal.store());
    }

    /** A store manager may read a record of their own store only. */
    public static void requireCanRead(Principal principal, String recordStore) {
        if (principal.role() == Role.STORE_MANAGER && !principal.store().equals(
                recordStore == null ? null : recordStore.toLowerCase(Locale.ROOT))) {
            throw new ForbiddenException("this feedback belongs to another store than " + principal.store());
        }
    }

    public static void requireCanWriteSavedQueries(Principal principal) {
        if (principal.role() != Role.MARKETING) {
            throw new ForbiddenException("only marketing creates and deletes saved queries");
        }
    }

    public static void requireCanErase(Principal principal) {
        if (principal.role() != Role.OPERATIONS) {
            throw new ForbiddenException("only operations erases an author's feedback");
        }
    }

    private static void requireOwnStore(Principal principal, String store) {
        if (!principal.store().equals(store.toLowerCase(Locale.ROOT))) {
            throw new ForbiddenException("store '" + store + "' is not yours: a store manager of "
                    + principal.store() + " sees that store only");
        }
    }

    private static List<String> storesNamedIn(Query query) {
        List<String> stores = new java.util.ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return FeedbackFields.STORE.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    stores.add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return stores;
    }
}
