package io.pullwatch.search.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokensTest {

    private static final String M = "marketing-token-0001";
    private static final String O = "operations-token-001";
    private static final String S = "lille-manager-token1";

    @Test
    void readsTokensAndTheirRoles() {
        Tokens tokens = Tokens.parse(M + "=marketing, " + O + "=operations," + S + "=store-manager:Lille-Centre");

        assertThat(tokens.lookup(M)).contains(new Principal(Role.MARKETING, null));
        assertThat(tokens.lookup(O)).contains(new Principal(Role.OPERATIONS, null));
        assertThat(tokens.lookup(S)).contains(new Principal(Role.STORE_MANAGER, "lille-centre"));
        assertThat(tokens.lookup(S).orElseThrow().name()).isEqualTo("store-manager:lille-centre");
        assertThat(tokens.lookup("unknown-token-00000")).isEmpty();
        assertThat(tokens.lookup(null)).isEmpty();
        assertThat(Tokens.parse(tokens.toConfigText()).lookup(S)).isEqualTo(tokens.lookup(S));
    }

    @Test
    void noTokensIsAllowedButAcceptsNobody() {
        assertThat(Tokens.parse("").isEmpty()).isTrue();
        assertThat(Tokens.parse(" ").lookup("")).isEmpty();
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> Tokens.parse("justatoken")).hasMessageContaining("is not TOKEN=ROLE");
        assertThatThrownBy(() -> Tokens.parse("short=marketing")).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> Tokens.parse(M + "=admin")).hasMessageContaining("unknown role 'admin'");
        assertThatThrownBy(() -> Tokens.parse(M + "=store-manager")).hasMessageContaining("needs a store");
        assertThatThrownBy(() -> Tokens.parse(M + "=marketing:lille")).hasMessageContaining("only a store manager");
        assertThatThrownBy(() -> Tokens.parse(M + "=marketing," + M + "=operations")).hasMessageContaining("twice");
    }

    @Test
    void randomTokensAreLongAndDistinct() {
        assertThat(Tokens.random()).hasSize(32).isNotEqualTo(Tokens.random());
    }
}
