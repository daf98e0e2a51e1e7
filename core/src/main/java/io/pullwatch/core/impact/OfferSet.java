package io.pullwatch.core.impact;

import io.pullwatch.core.event.Initiative;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Discounts (percent) and codes that have been announced: officially, or by a store's initiatives. */
public record OfferSet(List<Integer> discounts, List<String> codes) {

    public static final OfferSet EMPTY = new OfferSet(List.of(), List.of());

    public OfferSet {
        discounts = List.copyOf(new TreeSet<>(discounts));
        codes = List.copyOf(new TreeSet<>(codes));
    }

    /** What an initiative states: the discounts its title and description give, and its codes. */
    public static OfferSet statedBy(Initiative initiative) {
        String words = initiative.title() + ". " + (initiative.description() == null ? "" : initiative.description());
        List<String> codes = initiative.codes().stream().filter(c -> c != null && !c.isBlank())
                .map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
        return new OfferSet(Discounts.in(words), codes);
    }

    public OfferSet plus(OfferSet other) {
        List<Integer> d = new ArrayList<>(discounts);
        d.addAll(other.discounts);
        List<String> c = new ArrayList<>(codes);
        c.addAll(other.codes);
        return new OfferSet(d, c);
    }

    /** The largest discount announced, 0 when none was. */
    public int largestDiscount() {
        return discounts.isEmpty() ? 0 : discounts.get(discounts.size() - 1);
    }

    /** Whether {@code discount} is one that was announced, give or take {@code tolerance} points. */
    public boolean announces(int discount, int tolerance) {
        return discounts.stream().anyMatch(d -> Math.abs(d - discount) <= tolerance);
    }
}
