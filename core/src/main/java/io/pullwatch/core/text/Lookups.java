package io.pullwatch.core.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Read-only sets and maps for the word lookups of the text stage. {@code Set.of} and {@code Map.copyOf} probe their
 * tables linearly, comparing keys along the way, and most words of a text are looked up to find nothing: a miss there
 * costs several comparisons where a {@link HashMap} miss costs one bucket check. Measured on the text benchmark, the
 * immutable collections took a fifth of the stage's time.
 */
public final class Lookups {

    private Lookups() {}

    public static Set<String> setOf(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    public static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Collections.unmodifiableSet(all);
    }

    public static <V> Map<String, V> mapOf(Map<String, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }
}
