package io.pullwatch.search.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.search.access.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchConfigTest {

    private static final Path SHIPPED_DEFAULTS = Path.of("..", "config", "pullwatch.properties");

    @Test
    void theShippedFileSetsEverySearchKeyToItsCodeDefault() throws Exception {
        SearchConfig fromFile = SearchConfig.load(SHIPPED_DEFAULTS, Map.of());
        String file = Files.readString(SHIPPED_DEFAULTS);

        for (SearchOption<?> option : SearchConfig.ALL) {
            assertThat(file).as("the file sets %s", option.key()).containsPattern("(?m)^" + option.key() + " =");
            if (option != SearchConfig.TOKENS) {
                assertThat((Object) fromFile.get(option)).as(option.key()).isEqualTo(option.defaultValue());
            }
        }
        assertThat(fromFile.get(SearchConfig.TOKENS).isEmpty()).isTrue();
    }

    @Test
    void theReadmeDocumentsEverySearchKey() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (SearchOption<?> option : SearchConfig.ALL) {
            assertThat(readme).as("README documents %s", option.key()).contains("`" + option.key() + "`");
        }
    }

    @Test
    void readsTypedValuesAndIgnoresThePipelinesKeys() {
        SearchConfig config = SearchConfig.of(Map.of("search.port", "0", "search.retention", "30 d",
                "search.refresh-interval", "400 ms", "detection.min-events", "9",
                "search.tokens", "abcdefghijklmnop=store-manager:lyon-01"));

        assertThat(config.get(SearchConfig.PORT)).isZero();
        assertThat(config.get(SearchConfig.RETENTION)).isEqualTo(Duration.ofDays(30));
        assertThat(config.get(SearchConfig.REFRESH_INTERVAL)).isEqualTo(Duration.ofMillis(400));
        assertThat(config.get(SearchConfig.TOKENS).lookup("abcdefghijklmnop").orElseThrow().role())
                .isEqualTo(Role.STORE_MANAGER);
        assertThat(config.with(Map.of("search.port", "9000")).get(SearchConfig.PORT)).isEqualTo(9000);
    }

    @Test
    void aBadValueOrUnknownKeyStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> SearchConfig.of(Map.of("search.prot", "80")))
                .isInstanceOf(SearchConfigException.class).hasMessageContaining("'search.prot'");
        assertThatThrownBy(() -> SearchConfig.of(Map.of("search.port", "70000")))
                .hasMessageContaining("'search.port' = '70000': must be between 0 and 65535");
        assertThatThrownBy(() -> SearchConfig.of(Map.of("search.retention", "a year")))
                .hasMessageContaining("'search.retention'").hasMessageContaining("duration");
        assertThatThrownBy(() -> SearchConfig.of(Map.of("search.commit-interval", "0 s")))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> SearchConfig.of(Map.of("search.index-dir", " ")))
                .hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> SearchConfig.of(Map.of("search.tokens", "x=marketing")))
                .hasMessageContaining("'search.tokens'");
        assertThatThrownBy(() -> SearchConfig.load(Path.of("no-such-file.properties"), Map.of()))
                .hasMessageContaining("no-such-file.properties");
    }
}
