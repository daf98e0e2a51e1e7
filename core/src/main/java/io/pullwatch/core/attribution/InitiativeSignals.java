package io.pullwatch.core.attribution;

import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The folded phrases that point at one initiative, each with the rule it belongs to and how strongly it points, and
 * the words its title and description are about. Codes and hashtags are near-certain; a staff member's full name or
 * the partner's name is strong; a first name or its initials alone are weak, because they are shared.
 */
record InitiativeSignals(Initiative initiative, List<Signal> signals, Set<String> topic) {

    /**
     * @param typoTolerant whether a phrase word may be matched with one typo (names; never codes, which are exact)
     * @param needsSameStore whether the signal only counts in the initiative's own store
     */
    record Signal(AttributionRule rule, List<String> phrase, String original, double confidence, boolean needsSameStore,
            boolean typoTolerant) {}

    static final double CODE_CONFIDENCE = 0.98;
    static final double HASHTAG_CONFIDENCE = 0.95;
    static final double ALIAS_CONFIDENCE = 0.9;
    static final double FULL_NAME_CONFIDENCE = 0.85;
    static final double PARTNER_CONFIDENCE = 0.8;
    static final double FIRST_NAME_CONFIDENCE = 0.6;

    static InitiativeSignals of(Initiative initiative) {
        List<Signal> signals = new ArrayList<>();
        initiative.codes().forEach(c -> add(signals, AttributionRule.CODE, c, CODE_CONFIDENCE, false, false));
        initiative.hashtags().forEach(h -> add(signals, AttributionRule.HASHTAG, h, HASHTAG_CONFIDENCE, false, false));
        initiative.aliases().forEach(a -> add(signals, AttributionRule.ALIAS, a, ALIAS_CONFIDENCE, false, true));
        String name = initiative.ownerDisplayName();
        add(signals, AttributionRule.STAFF_NAME, name, FULL_NAME_CONFIDENCE, false, true);
        String firstName = firstWord(name);
        List<String> firstNameTokens = TextNormalizer.tokens(firstName);
        if (!firstNameTokens.isEmpty() && firstNameTokens.size() < TextNormalizer.tokens(name).size()) {
            signals.add(new Signal(AttributionRule.STAFF_NAME, firstNameTokens, firstName, FIRST_NAME_CONFIDENCE, true,
                    true));
            if (firstNameTokens.size() > 1) {
                // "Jean-François" is "JF" to colleagues and regulars
                String initials = firstNameTokens.stream().map(t -> t.substring(0, 1)).reduce("", String::concat);
                signals.add(new Signal(AttributionRule.STAFF_NAME, List.of(initials), initials.toUpperCase(Locale.ROOT),
                        FIRST_NAME_CONFIDENCE, true, false));
            }
        }
        if (initiative.partner() != null) {
            add(signals, AttributionRule.PARTNER, initiative.partner(), PARTNER_CONFIDENCE, false, true);
        }
        return new InitiativeSignals(initiative, List.copyOf(signals),
                TopicWords.of(initiative.title() + " " + (initiative.description() == null ? "" : initiative.description())));
    }

    private static void add(List<Signal> signals, AttributionRule rule, String original, double confidence,
            boolean needsSameStore, boolean typoTolerant) {
        List<String> phrase = TextNormalizer.tokens(original.startsWith("#") ? original.substring(1) : original);
        if (!phrase.isEmpty()) {
            signals.add(new Signal(rule, phrase, original, confidence, needsSameStore, typoTolerant));
        }
    }

    /** "Jean-François Martin" → "jean-françois": a hyphenated first name stays whole. */
    private static String firstWord(String name) {
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
    }
}
