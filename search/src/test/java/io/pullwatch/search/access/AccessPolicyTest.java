package io.pullwatch.search.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.QuerySyntax;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final Principal MARKETING = new Principal(Role.MARKETING, null);
    private static final Principal OPERATIONS = new Principal(Role.OPERATIONS, null);
    private static final Principal LILLE = new Principal(Role.STORE_MANAGER, "Lille-Centre");
    private final QuerySyntax syntax = new QuerySyntax(FeedbackAnalyzers.perField());

    @Test
    void marketingAndOperationsSearchWhatTheyAskFor() throws Exception {
        assertThat(AccessPolicy.storesFor(MARKETING, List.of(), null)).isEmpty();
        assertThat(AccessPolicy.storesFor(OPERATIONS, List.of("lyon-01"), syntax.parse("store:lille-centre")))
                .containsExactly("lyon-01");
    }

    @Test
    void aStoreManagerIsRestrictedToTheirStore() throws Exception {
        assertThat(AccessPolicy.storesFor(LILLE, List.of(), null)).containsExactly("lille-centre");
        assertThat(AccessPolicy.storesFor(LILLE, List.of("LILLE-CENTRE"), syntax.parse("store:lille-centre queue")))
                .containsExactly("lille-centre");
        // excluding another store is not asking for it
        assertThat(AccessPolicy.storesFor(LILLE, List.of(), syntax.parse("queue -store:lyon-01")))
                .containsExactly("lille-centre");
    }

    @Test
    void aStoreManagerAskingForAnotherStoreIsRefused() throws Exception {
        assertThatThrownBy(() -> AccessPolicy.storesFor(LILLE, List.of("lille-centre", "lyon-01"), null))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("'lyon-01' is not yours");
        var query = syntax.parse("queue OR (store:lyon-01 AND rude)");
        assertThatThrownBy(() -> AccessPolicy.storesFor(LILLE, List.of(), query))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> AccessPolicy.requireCanRead(LILLE, "lyon-01")).isInstanceOf(ForbiddenException.class);
        AccessPolicy.requireCanRead(LILLE, "LILLE-CENTRE");
        AccessPolicy.requireCanRead(MARKETING, "lyon-01");
    }

    @Test
    void onlyMarketingWritesSavedQueriesAndOnlyOperationsErases() {
        AccessPolicy.requireCanWriteSavedQueries(MARKETING);
        assertThatThrownBy(() -> AccessPolicy.requireCanWriteSavedQueries(OPERATIONS))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> AccessPolicy.requireCanWriteSavedQueries(LILLE)).isInstanceOf(ForbiddenException.class);
        AccessPolicy.requireCanErase(OPERATIONS);
        assertThatThrownBy(() -> AccessPolicy.requireCanErase(MARKETING)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> AccessPolicy.requireCanErase(LILLE)).isInstanceOf(ForbiddenException.class);
    }
}
