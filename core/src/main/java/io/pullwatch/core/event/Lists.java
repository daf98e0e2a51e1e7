package io.pullwatch.core.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** List handling shared by the contracts. */
final class Lists {

    private Lists() {}

    /**
     * An unmodifiable copy, empty for null. Unlike {@code List.copyOf} it keeps null entries, so that validation can
     * reject them with a message naming the field instead of failing inside the constructor.
     */
    static <T> List<T> copyAllowingNulls(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
