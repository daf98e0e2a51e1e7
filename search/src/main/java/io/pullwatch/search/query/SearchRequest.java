package io.pullwatch.search.query;

import io.pullwatch.core.query.FeedbackFields;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a search, facet or histogram request asks for, read from URL parameters and checked: the query text (Lucene
 * classic syntax, empty for everything), filters (each facet field may be given several times: any of the values;
 * different fields: all of them), a time range, a rating range, order and page, histogram interval and facet size.
 * Anything unknown or malformed is an {@link InvalidRequestException} saying which parameter and why.
 */
public record SearchRequest(String query, Map<String, List<String>> filters, Instant from, Instant to,
        Double ratingMin, Double ratingMax, SortOrder sort, int offset, int size, Duration interval, int facetSize) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_FACET_SIZE = 100;
    private static final Set<String> PARAMETERS = Set.of("q", "from", "to", "ratingMin", "ratingMax", "sort",
            "offset", "size", "interval", "facetSize", "store", "platform", "lang", "sentiment", "aspect",
            "initiative");

    public SearchRequest {
        filters = Map.copyOf(filters);
    }

    public static SearchRequest parse(Map<String, List<String>> params, int maxWindow) {
        for (String name : params.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new InvalidRequestException("unknown parameter '" + name + "'; the parameters are "
                        + PARAMETERS.stream().sorted().toList());
            }
        }
        String query = single(params, "q");
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String field : FeedbackFields.FACETS) {
            List<String> values = params.getOrDefault(field, List.of()).stream()
                    .flatMap(v -> List.of(v.split(",")).stream()).map(String::trim).filter(v -> !v.isEmpty())
                    .map(v -> v.toLowerCase(Locale.ROOT)).toList();
            if (!values.isEmpty()) {
                filters.put(field, values);
            }
        }
        Instant from = instant(params, "from");
        Instant to = instant(params, "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("from must be before to");
        }
        Double ratingMin = number(params, "ratingMin");
        Double ratingMax = number(params, "ratingMax");
        if (ratingMin != null && ratingMax != null && ratingMin > ratingMax) {
            throw new InvalidRequestException("ratingMin must not exceed ratingMax");
        }
        String sortText = single(params, "sort");
        SortOrder sort = sortText == null ? (blank(query) ? SortOrder.NEWEST : SortOrder.RELEVANCE)
                : SortOrder.of(sortText);
        int offset = integer(params, "offset", 0, 0, Integer.MAX_VALUE);
        int size = integer(params, "size", 10, 1, MAX_SIZE);
        if ((long) offset + size > maxWindow) {
            throw new InvalidRequestException("offset + size is " + ((long) offset + size) + "; results deeper than "
                    + maxWindow + " are not served: narrow the query or the time range instead");
        }
        Duration interval = interval(single(params, "interval"));
        int facetSize = integer(params, "facetSize", 10, 1, MAX_FACET_SIZE);
        return new SearchRequest(blank(query) ? null : query, filters, from, to, ratingMin, ratingMax, sort, offset,
                size, interval, facetSize);
    }

    /** The same request restricted to {@code stores} (replacing any store filter); none: no restriction. */
    public SearchRequest withStores(List<String> stores) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        f.remove(FeedbackFields.STORE);
        if (!stores.isEmpty()) {
            f.put(FeedbackFields.STORE, stores);
        }
        return new SearchRequest(query, f, from, to, ratingMin, ratingMax, sort, offset, size, interval, facetSize);
    }

    public List<String> stores() {
        return filters.getOrDefault(FeedbackFields.STORE, List.of());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidRequestException("parameter '" + name + "' is given " + values.size() + " times");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static Instant instant(Map<String, List<String>> params, String name) {
        String text = single(params, name);
        if (blank(text)) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be an ISO-8601 instant such as 2025-03-01T09:00:00Z, not '"
                    + text + "'");
        }
    }

    private static Double number(Map<String, List<String>> params, String name) {
        String text = single(params, name);
        if (blank(text)) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a number, not '" + text + "'");
        }
    }

    private static int integer(Map<String, List<String>> params, String name, int dflt, int min, int max) {
        String text = single(params, name);
        if (blank(text)) {
            return dflt;
        }
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number, not '" + text + "'");
        }
        if (value < min || value > max) {
            throw new InvalidRequestException(name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    /** A histogram bucket width such as 15m, 1h or 1d; null: chosen from the time range. */
    private static Duration interval(String text) {
        if (blank(text)) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            long amount = Long.parseLong(t.substring(0, t.length() - 1));
            Duration d = switch (t.charAt(t.length() - 1)) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new NumberFormatException();
            };
            if (d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(Duration.ofDays(366)) > 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new InvalidRequestException("interval must be minutes, hours or days such as 15m, 1h or 1d "
                    + "(from 1m to 366d), not '" + text + "'");
        }
    }

}
