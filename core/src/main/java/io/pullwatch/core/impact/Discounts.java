package io.pullwatch.core.impact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The discounts a text talks about, as percentages, in English and French: "-50%", "50% off", "30 % de réduction",
 * "remise de 20 %", "thirty percent off", "moitié prix", "half price", "2 pour 1", "buy one get one free", "3 for 2".
 * A bare percentage is not a discount ("100% cotton", "90 % des clients"): it needs a minus sign or a word of
 * discount next to it.
 */
public final class Discounts {

    private static final String NUMBER = "(100|[1-9][0-9]?)";
    private static final String DISCOUNT_WORDS =
            "(?:off|discount|reduction|de reduction|de remise|de rabais|de promo|en moins|de moins|offerts?)";
    private static final String DISCOUNT_BEFORE =
            "(?:reduction|remise|rabais|discount|promo|promotion|soldes?|sale|jusqu'?a|up to)";
    /** "-30%", "- 30 %", "−30%", and "jusqu'à -70%". */
    private static final Pattern MINUS = Pattern.compile("(?<![\\p{L}\\p{N}])[-−–]\\s?" + NUMBER + "\\s?%");
    /** "30% off", "30 % de réduction", "30% discount". */
    private static final Pattern PERCENT_THEN_WORD =
            Pattern.compile("(?<![\\p{N}.,])" + NUMBER + "\\s?(?:%|percent|per cent|pour ?cent)\\s?" + DISCOUNT_WORDS + "\\b");
    /** "remise de 20 %", "discount of 20%", "20% sale" is not, "sale: 20%" is. */
    private static final Pattern WORD_THEN_PERCENT = Pattern.compile(
            "\\b" + DISCOUNT_BEFORE + "\\s?(?:de|of|:)?\\s?" + NUMBER + "\\s?(?:%|percent|per cent|pour ?cent)");
    /** Number words people write out, folded: "thirty percent", "trente pour cent". */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("ten", 10), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("twenty five", 25),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("dix", 10), Map.entry("quinze", 15), Map.entry("vingt", 20), Map.entry("vingt cinq", 25),
            Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50), Map.entry("soixante", 60),
            Map.entry("soixante dix", 70), Map.entry("quatre vingt", 80), Map.entry("quatre vingts", 80));
    private static final Pattern WORDS_PERCENT = Pattern.compile(
            "\\b((?:soixante dix|quatre vingts?|vingt cinq|twenty five|[a-z]+)) (?:percent|per cent|pour cent)\\b");
    /** Offers that are a discount without a percentage, folded. */
    private static final Map<String, Integer> DEALS = Map.ofEntries(
            Map.entry("half price", 50), Map.entry("half off", 50), Map.entry("moitie prix", 50),
            Map.entry("2 for 1", 50), Map.entry("two for one", 50), Map.entry("buy one get one free", 50),
            Map.entry("bogof", 50), Map.entry("2 pour 1", 50), Map.entry("deux pour un", 50),
            Map.entry("1 achete 1 offert", 50), Map.entry("un achete un offert", 50),
            Map.entry("3 for 2", 33), Map.entry("three for two", 33), Map.entry("3 pour 2", 33),
            Map.entry("trois pour deux", 33), Map.entry("2 achetes 1 offert", 33),
            Map.entry("deux achetes un offert", 33));

    private Discounts() {}

    /** Every discount mentioned, in percent, without repeats, smallest first. */
    public static List<Integer> in(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return in(text, PhraseSet.padded(text));
    }

    /** As {@link #in(String)}, for a caller that already has the text folded and padded ({@link PhraseSet#padded}). */
    static List<Integer> in(String text, String padded) {
        TreeSet<Integer> found = new TreeSet<>();
        if (text.isBlank()) {
            return List.of();
        }
        String lower = foldAccents(text);
        collect(MINUS.matcher(lower), found);
        collect(PERCENT_THEN_WORD.matcher(lower), found);
        collect(WORD_THEN_PERCENT.matcher(lower), found);
        Matcher words = WORDS_PERCENT.matcher(padded);
        while (words.find()) {
            Integer value = NUMBER_WORDS.get(words.group(1));
            if (value != null) {
                found.add(value);
            }
        }
        DEALS.forEach((deal, value) -> {
            if (PhraseSet.containsWords(padded, deal)) {
                found.add(value);
            }
        });
        return new ArrayList<>(found);
    }

    private static void collect(Matcher matcher, TreeSet<Integer> found) {
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
    }

    /** Lower case and accents off, everything else (signs, digits, spacing) kept: "Réduction -30 %" → "reduction -30 %". */
    private static String foldAccents(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('’', '\'');
    }
}
