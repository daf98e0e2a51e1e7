package io.pullwatch.core.impact;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Promotion codes a text cites, upper-cased: a capitalised word ending in digits ("FLASH30", "BDX30") wherever it
 * stands, or any word with a digit or in capitals right after "code" ("le code dupont5", "code DUPONT"). Hashtags and
 * handles are not codes.
 */
public final class PromoCodes {

    private static final Pattern CAPITALS_AND_DIGITS =
            Pattern.compile("(?<![#@\\p{L}\\p{N}_])(\\p{Lu}{3,}\\p{N}{1,3})(?![\\p{L}\\p{N}_])");
    private static final Pattern AFTER_CODE = Pattern.compile(
            "(?i)(?<![\\p{L}#@])code(?:\\s+promo)?\\s*[:«\"“]?\\s*([\\p{L}\\p{N}]{4,})");

    private PromoCodes() {}

    public static List<String> in(String text) {
        TreeSet<String> codes = new TreeSet<>();
        if (text == null) {
            return List.of();
        }
        Matcher capitals = CAPITALS_AND_DIGITS.matcher(text);
        while (capitals.find()) {
            codes.add(capitals.group(1).toUpperCase(Locale.ROOT));
        }
        Matcher named = AFTER_CODE.matcher(text);
        while (named.find()) {
            String word = named.group(1);
            boolean hasDigit = word.chars().anyMatch(Character::isDigit);
            boolean capitalised = word.equals(word.toUpperCase(Locale.ROOT));
            if (hasDigit || capitalised) {
                codes.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return List.copyOf(codes);
    }
}
