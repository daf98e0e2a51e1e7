package io.pullwatch.core.attribution;

import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The folded phrases that point at one initiative, each with the rule it belongs to and how strongly it points.
 * Codes and hashtags are near-certain; a staff member's full name or the partner's name is strong; a first name
 * alone is weak, because first names are shared.
 */
record InitiativeSignals(Initiative initiative, List<Signal> signals) {

    record Signal(AttributionRule rule, List<String> phrase, String original, double confidence, boolean needsSameStore) {}

    static final double CODE_CONFIDENCE = 0.98;
    static final double HASHTAG_CONFIDENCE = 0.95;
    static final double ALIAS_CONFIDENCE = 0.9;
    static final double FULL_NAME_CONFIDENCE = 0.85;
    static final double PARTNER_CONFIDENCE = 0.8;
    static final double FIRST_NAME_CONFIDENCE = 0.6;

    static InitiativeSignals of(Initiative initiative) {
        List<Signal> signals = new ArrayList<>();
        initiative.codes().forEach(c -> add(signals, AttributionRule.CODE, c, CODE_CONFIDENCE, false));
        initiative.hashtags().forEach(h -> add(signals, AttributionRule.HASHTAG, h, HASHTAG_CONFIDENCE, false));
        initiative.aliases().forEach(a -> add(signals, AttributionRule.ALIAS, a, ALIAS_CONFIDENCE, false));
        String name = initiative.ownerDisplayName();
        add(signals, AttributionRule.STAFF_NAME, name, FULL_NAME_CONFIDENCE, false);
        List<String> nameTokens = TextNormalizer.tokens(firstWord(name));
        if (!nameTokens.isEmpty() && nameTokens.size() < TextNormalizer.tokens(name).size()) {
            signals.add(new Signal(AttributionRule.STAFF_NAME, nameTokens, firstWord(name), FIRST_NAME_CONFIDENCE, true));
        }
        if (initiative.partner() != null) {
            add(signals, AttributionRule.PARTNER, initiative.partner(), PARTNER_CONFIDENCE, false);
        }
        return new InitiativeSignals(initiative, List.copyOf(signals));
    }

    private static void add(List<Signal> signals, AttributionRule rule, String original, double confidence,
            boolean needsSameStore) {
        List<String> phrase = TextNormalizer.tokens(original.startsWith("#") ? original.substring(1) : original);
        if (!phrase.isEmpty()) {
            signals.add(new Signal(rule, phrase, original, confidence, needsSameStore));
        }
    }

    /** "Jean-François Martin" → "Jean-François": a hyphenated first name stays whole. */
    private static String firstWord(String name) {
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
    }
}
