package io.pullwatch.search.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.search.query.FacetCounts;
import io.pullwatch.search.query.SearchService;
import io.pullwatch.search.query.TimeHistogram;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the HTTP API, as documented in openapi.yaml. */
final class ApiResponses {

    private ApiResponses() {}

    record Error(String error) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hit(String id, Float score, Map<String, String> highlights, @JsonRawValue String feedback) {
        static Hit of(SearchService.Hit hit) {
            Map<String, String> highlights = new LinkedHashMap<>();
            if (hit.text() != null) {
                highlights.put("text", hit.text());
            }
            if (hit.title() != null) {
                highlights.put("title", hit.title());
            }
            return new Hit(hit.id(), Float.isNaN(hit.score()) ? null : hit.score(), highlights, hit.sourceJson());
        }
    }

    record Search(long total, boolean totalIsExact, int offset, List<Hit> hits) {
        static Search of(SearchService.Results results) {
            return new Search(results.total(), results.totalIsExact(), results.offset(),
                    results.hits().stream().map(Hit::of).toList());
        }
    }

    record Facets(long total, Map<String, List<FacetCounts.Bucket>> facets) {
        static Facets of(SearchService.Facets facets) {
            return new Facets(facets.total(), facets.fields());
        }
    }

    record Bucket(Instant start, long positive, long neutral, long negative, long unknown, long total) {}

    record Histogram(String interval, long intervalMillis, List<Bucket> buckets) {
        static Histogram of(TimeHistogram.Histogram h) {
            return new Histogram(h.interval().toString(), h.interval().toMillis(), h.buckets().stream()
                    .map(b -> new Bucket(b.start(), b.positive(), b.neutral(), b.negative(), b.unknown(), b.total()))
                    .toList());
        }
    }

    record SavedQueries(List<SavedQuery> savedQueries) {}

    record Erased(String authorId, long erased) {}

    record Health(String status, long documents, long indexed, long undecodable) {}

    /** A new saved query: id optional (made from the name), name and query required. */
    record NewSavedQuery(String id, String name, String query) {}
}
