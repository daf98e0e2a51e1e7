package io.pullwatch.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    private static SearchRequest parse(Map<String, List<String>> params) {
        return SearchRequest.parse(params, 1_000);
    }

    @Test
    void readsEveryParameter() {
        SearchRequest r = parse(Map.ofEntries(Map.entry("q", List.of("queue")),
                Map.entry("store", List.of("Lille-Centre,lyon-01")), Map.entry("sentiment", List.of("negative")),
                Map.entry("from", List.of("2025-03-01T00:00:00Z")), Map.entry("to", List.of("2025-03-02T00:00:00Z")),
                Map.entry("ratingMin", List.of("1")), Map.entry("ratingMax", List.of("2.5")),
                Map.entry("sort", List.of("newest")), Map.entry("offset", List.of("20")),
                Map.entry("size", List.of("50")), Map.entry("interval", List.of("15m")),
                Map.entry("facetSize", List.of("5"))));

        assertThat(r.query()).isEqualTo("queue");
        assertThat(r.stores()).containsExactly("lille-centre", "lyon-01");
        assertThat(r.filters()).containsEntry("sentiment", List.of("negative"));
        assertThat(r.from()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(r.ratingMax()).isEqualTo(2.5);
        assertThat(r.sort()).isEqualTo(SortOrder.NEWEST);
        assertThat(r.offset()).isEqualTo(20);
        assertThat(r.size()).isEqualTo(50);
        assertThat(r.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(r.facetSize()).isEqualTo(5);
    }

    @Test
    void defaultsToEverythingNewestFirstAndRelevanceWithAQuery() {
        assertThat(parse(Map.of()).sort()).isEqualTo(SortOrder.NEWEST);
        assertThat(parse(Map.of()).query()).isNull();
        assertThat(parse(Map.of("q", List.of("queue"))).sort()).isEqualTo(SortOrder.RELEVANCE);
        assertThat(parse(Map.of("q", List.of("queue"))).size()).isEqualTo(10);
    }

    @Test
    void aStoreRestrictionReplacesTheStoreFilter() {
        SearchRequest r = parse(Map.of("store", List.of("a"))).withStores(List.of("b"));
        assertThat(r.stores()).containsExactly("b");
        assertThat(r.withStores(List.of()).stores()).isEmpty();
    }

    @Test
    void refusesWhatItCannotReadSayingWhich() {
        assertRefused(Map.of("colour", List.of("red")), "unknown parameter 'colour'");
        assertRefused(Map.of("size", List.of("1000")), "size must be between 1 and 100");
        assertRefused(Map.of("size", List.of("ten")), "size must be a whole number");
        assertRefused(Map.of("offset", List.of("995")), "deeper than 1000");
        assertRefused(Map.of("offset", List.of("-1")), "offset must be between 0");
        assertRefused(Map.of("from", List.of("yesterday")), "from must be an ISO-8601 instant");
        assertRefused(Map.of("from", List.of("2025-03-02T00:00:00Z"), "to", List.of("2025-03-01T00:00:00Z")),
                "from must be before to");
        assertRefused(Map.of("ratingMin", List.of("NaN")), "ratingMin must be a number");
        assertRefused(Map.of("ratingMin", List.of("4"), "ratingMax", List.of("2")), "must not exceed");
        assertRefused(Map.of("sort", List.of("random")), "sort must be relevance, newest or oldest");
        assertRefused(Map.of("interval", List.of("10s")), "interval must be");
        assertRefused(Map.of("interval", List.of("0m")), "interval must be");
        assertRefused(Map.of("q", List.of("a", "b")), "given 2 times");
    }

    private static void assertRefused(Map<String, List<String>> params, String message) {
        assertThatThrownBy(() -> parse(params)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(message);
    }
}
