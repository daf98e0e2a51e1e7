package io.pullwatch.search.config;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One configuration key of the search service: its default (as written in the file), how its text is read and
 * checked, and what it does. A value that cannot be read throws a {@link SearchConfigException} naming the key.
 */
public record SearchOption<T>(String key, String defaultText, Function<String, T> parser, String description) {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|min|h|d)");

    public T read(String text) {
        String raw = text == null ? defaultText : text.trim();
        try {
            return parser.apply(raw);
        } catch (RuntimeException e) {
            throw new SearchConfigException("configuration key '" + key + "' = '" + raw + "': " + e.getMessage());
        }
    }

    public T defaultValue() {
        return read(null);
    }

    static SearchOption<String> text(String key, String defaultValue, String description) {
        return new SearchOption<>(key, defaultValue, value -> {
            if (value.isBlank()) {
                throw new IllegalArgumentException("must not be blank");
            }
            return value;
        }, description);
    }

    static SearchOption<Integer> integer(String key, int defaultValue, int min, int max, String description) {
        return new SearchOption<>(key, String.valueOf(defaultValue), value -> {
            int parsed;
            try {
                parsed = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number");
            }
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max);
            }
            return parsed;
        }, description);
    }

    static SearchOption<Duration> duration(String key, Duration defaultValue, String description) {
        return new SearchOption<>(key, format(defaultValue), SearchOption::parseDuration, description);
    }

    /** A positive duration such as "100 ms", "30 s", "5 min", "24 h" or "400 d". */
    static Duration parseDuration(String value) {
        Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("must be a duration such as 100 ms, 30 s, 5 min, 24 h or 400 d");
        }
        long amount = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (d.isZero()) {
            throw new IllegalArgumentException("must be positive");
        }
        return d;
    }

    private static String format(Duration d) {
        return d.toMillis() % 1000 != 0 ? d.toMillis() + " ms" : d.toSeconds() % 86_400 == 0 ? d.toDays() + " d"
                : d.toSeconds() + " s";
    }
}
