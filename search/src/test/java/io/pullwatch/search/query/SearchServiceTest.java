package io.pullwatch.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.search.access.ForbiddenException;
import io.pullwatch.search.access.Principal;
import io.pullwatch.search.access.Role;
import io.pullwatch.search.index.FeedbackIndex;
import io.pullwatch.search.testing.TestFeedback;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchServiceTest {

    private static final Principal MARKETING = new Principal(Role.MARKETING, null);
    private static final Principal LILLE = new Principal(Role.STORE_MANAGER, "lille-centre");
    private static FeedbackIndex index;
    private static SearchService service;

    @BeforeAll
    static void index() {
        index = new FeedbackIndex(new ByteBuffersDirectory(), 50);
        TestFeedback.indexAll(index, TestFeedback.corpus());
        service = new SearchService(index.searchers(), 5, Duration.ofSeconds(2));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchRequest request(String... nameValues) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.computeIfAbsent(nameValues[i], k -> new java.util.ArrayList<>()).add(nameValues[i + 1]);
        }
        return SearchRequest.parse(params, 100);
    }

    private static List<String> ids(SearchService.Results results) {
        return results.hits().stream().map(SearchService.Hit::id).toList();
    }

    @Test
    void findsExactPhrasesWithTheirWordsMarked() throws Exception {
        SearchService.Results results = service.search(request("q", "\"late delivery\" OR \"the checkout, only\""),
                MARKETING);

        assertThat(ids(results)).containsExactlyInAnyOrder("review:r1", "review:r4");
        assertThat(results.hits().stream().filter(h -> h.id().equals("review:r4")).findFirst().orElseThrow().text())
                .isEqualTo("<mark>Late</mark> <mark>delivery</mark> again and a rude driver.");
        assertThat(ids(service.search(request("q", "\"delivery late\""), MARKETING))).isEmpty();
    }

    @Test
    void findsByTextWithHighlightedEscapedSnippets() throws Exception {
        SearchService.Results results = service.search(request("q", "staff"), MARKETING);

        assertThat(ids(results)).containsExactlyInAnyOrder("review:r2", "review:r6");
        SearchService.Hit cafe = results.hits().stream().filter(h -> h.id().equals("review:r6")).findFirst().orElseThrow();
        assertThat(cafe.text()).isEqualTo("Great café and &lt;friendly&gt; <mark>staff</mark> &amp; fast service.");
        assertThat(cafe.title()).isEqualTo("Great café"); // the query addresses text only
        assertThat(cafe.sourceJson()).contains("\"feedbackId\":\"review:r6\"");
    }

    @Test
    void filtersCombineAcrossFieldsAndAlternateWithinOne() throws Exception {
        assertThat(ids(service.search(request("q", "aspect:checkout", "store", "lyon-01"), MARKETING)))
                .containsExactly("review:r5");
        assertThat(ids(service.search(request("sentiment", "negative", "sentiment", "neutral", "sort", "oldest"),
                MARKETING))).containsExactly("review:r1", "review:r4", "review:r5");
        assertThat(ids(service.search(request("ratingMin", "4", "aspect", "checkout"), MARKETING)))
                .containsExactly("review:r3");
        assertThat(ids(service.search(request("from", "2025-03-01T09:15:00Z", "to", "2025-03-01T10:20:00Z",
                "sort", "oldest"), MARKETING))).containsExactly("review:r4", "review:r3");
        assertThat(ids(service.search(request("initiative", "init-app"), MARKETING))).containsExactly("review:r3");
    }

    @Test
    void sortsByTimeAndPages() throws Exception {
        SearchService.Results page2 = service.search(request("sort", "newest", "offset", "2", "size", "2"), MARKETING);

        assertThat(page2.total()).isEqualTo(6);
        assertThat(page2.offset()).isEqualTo(2);
        assertThat(ids(page2)).containsExactly("review:r3", "review:r4");
        assertThat(page2.hits().get(0).score()).isNaN();
    }

    @Test
    void aStoreManagerSeesTheirStoreOnlyAndIsRefusedAnother() throws Exception {
        assertThat(ids(service.search(request("q", "queue"), LILLE))).containsExactly("review:r1");
        assertThat(service.facets(request(), LILLE).total()).isEqualTo(3);
        assertThatThrownBy(() -> service.search(request("store", "lyon-01"), LILLE))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("lyon-01");
        assertThatThrownBy(() -> service.search(request("q", "store:lyon-01 OR queue"), LILLE))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.get("review:r1", LILLE)).isPresent();
        assertThatThrownBy(() -> service.get("review:r4", LILLE)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void getsOneRecordById() throws Exception {
        assertThat(service.get("review:r4", MARKETING)).hasValueSatisfying(
                json -> assertThat(json).contains("Late delivery"));
        assertThat(service.get("review:nope", MARKETING)).isEmpty();
    }

    @Test
    void malformedAndExpensiveQueriesAreRefusedWithAMessage() throws Exception {
        assertThatThrownBy(() -> service.search(request("q", "queue AND ("), MARKETING))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("invalid query: ");
        assertThatThrownBy(() -> service.search(request("q", "colour:red"), MARKETING))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unknown field 'colour'");
        // more than 5 terms (the bound configured above) start with a letter of the alphabet
        assertThatThrownBy(() -> service.facets(request("q", "/[a-z].*/"), MARKETING))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("more than 5 different terms");
        assertThat(service.search(request("q", "que*"), MARKETING).total()).isEqualTo(2);
        assertThatThrownBy(() -> service.validate("text:"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void histogramsAndFacetsFollowTheQuery() throws Exception {
        TimeHistogram.Histogram h = service.histogram(request("q", "aspect:checkout", "interval", "1h"), MARKETING);

        assertThat(h.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(h.buckets()).hasSize(2);
        assertThat(h.buckets().get(0).negative()).isEqualTo(1);
        assertThat(h.buckets().get(1).positive()).isEqualTo(1);
        assertThat(h.buckets().get(1).neutral()).isEqualTo(1);

        SearchService.Facets facets = service.facets(request("q", "aspect:checkout"), MARKETING);
        assertThat(facets.total()).isEqualTo(3);
        assertThat(facets.fields().get("store")).containsExactly(new FacetCounts.Bucket("lille-centre", 2),
                new FacetCounts.Bucket("lyon-01", 1));
    }
}
