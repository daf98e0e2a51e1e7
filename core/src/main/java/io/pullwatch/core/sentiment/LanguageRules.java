package io.pullwatch.core.sentiment;

import java.util.Map;
import java.util.Set;

/**
 * The function words one language's rules react to. All keys are folded the way {@link Tokenizer} folds text (lower
 * case, no accents, letter runs capped at two). Booster values follow VADER: ±0.293 added to the magnitude of the
 * next sentiment word.
 */
abstract class LanguageRules {

    static final float BOOST = 0.293f;
    static final float DAMPEN = -0.293f;
    /** The valence of a complaint of excess, "too small", "trop cher": a mild complaint, below "bad" (-2.5). */
    static final float EXCESS = -1.5f;

    /** Words that open a negation scope running to the end of the clause. */
    abstract Set<String> negators();

    /** Intensifiers (positive) and dampeners (negative), applied to the next sentiment words of the clause. */
    abstract Map<String, Float> boosters();

    /** Markers of excess: "too", "trop". */
    abstract Set<String> excessMarkers();

    /**
     * Gradable words of size, fit, price, time, weight and taste: no sentiment alone, a complaint after a marker of
     * excess ("too small", "trop cher"), whatever sense a merged lexicon gives them ("cher" is also "dear", "grand"
     * "great"). Before other words a marker of excess is what the language makes it: nothing in English ("too good"),
     * a booster in colloquial French ("trop beau").
     */
    abstract Set<String> excessTargets();

    /**
     * Boosters that are sentiment words, rated in the lexicon, when they modify nothing: French "bien" in "c'est bien",
     * "très bien", but "bien meilleur" and "bien trop long" boost. None by default.
     */
    Set<String> boostersWithASenseOfTheirOwn() {
        return Set.of();
    }

    /**
     * Past participles after which such a booster is praise of how something was done: French "bien reçu", "bien
     * emballé", "bien conseillé". None by default.
     */
    Set<String> participlesOfWorkWellDone() {
        return Set.of();
    }

    /** "but": what comes before is weighed half, what follows one and a half times (VADER's weights). */
    abstract Set<String> contrastMarkers();

    /**
     * Whether {@code key} (followed by {@code next}) opens a concession such as "although": the concession is weighed
     * half, as it is granted only to be outweighed.
     */
    abstract boolean opensConcession(String key, String next);

    /**
     * Idioms and social words the shipped lexicons lack or get wrong, as folded text → valence (-4..4). Entries of
     * several words are phrases; a phrase that starts with a negator carries its own negation ("pas terrible").
     */
    abstract Map<String, Float> idioms();

    /**
     * Function words that never carry sentiment although a merged lexicon scores them: translated lexicons leak
     * homographs ("sur" on / "sûr" sure once accents fold, English "dire" in a French list) and stems match them.
     */
    abstract Set<String> functionWords();

    /**
     * Articles and forms of "to be" that a negation's scope passes over without counting them against its three-word
     * reach: "wouldn't be such a bad idea" negates "bad" as "isn't bad" does, "pas du tout une mauvaise idée" as
     * "pas mauvaise".
     */
    abstract Set<String> negationTransparent();

    /** Social spellings mapped to the lexicon word they stand for ("gr8" → "great"). */
    abstract Map<String, String> aliases();

    /** Folded prefixes the tokenizer splits off at an apostrophe (French elision). */
    abstract Set<String> elisionPrefixes();

    /**
     * Suffix rewrites tried, in order, for a word the lexicon lacks: {suffix, replacement} pairs, so "beautifully"
     * finds "beautiful" and "déçues" finds "déçu" without shipping every inflected form.
     */
    abstract String[][] suffixRewrites();

    /**
     * Interjections and laughter ("lol", "haha", "mdr"): they comment on the whole utterance rather than belong to a
     * clause, so a negation never reaches them ("no idea lol" is not "no idea" and "no lol").
     */
    abstract Set<String> interjections();

    /**
     * Whether a sentiment word inside the scope of {@code negator}, right after {@code previous}, is emphasised instead
     * of negated: VADER's "never so good", "never been this happy". None by default.
     */
    boolean isEmphaticNegation(String negator, String previous) {
        return false;
    }

    /**
     * Words besides negators, boosters and contrast markers that a rule looks at: concession openers, the words
     * whose role depends on their neighbour ("at least", "un peu", "bien que"), and what cancels a weak negation.
     */
    abstract Set<String> contextualWords();

    /** Whether any rule may react to {@code key}; the scorer skips the rule checks for every other word. */
    final boolean isRuleWord(String key) {
        return negators().contains(key) || boosters().containsKey(key) || contrastMarkers().contains(key)
                || contextualWords().contains(key) || excessMarkers().contains(key) || isNegator(null, key)
                || interjections().contains(key) || isWeakNegator(key) || cancelsWeakNegation(key);
    }

    /** Whether {@code key} negates, given the word before it (French "un peu" dampens where "peu" negates). */
    boolean isNegator(String previous, String key) {
        return negators().contains(key);
    }

    /**
     * Whether this negator only opens a scope that a later restriction can cancel (French "ne": "il n'y a que du
     * bon" is not negative). English has none.
     */
    boolean isWeakNegator(String key) {
        return false;
    }

    /** Whether {@code key} turns a scope opened by a weak negator into a restriction ("ne … que" means "only"). */
    boolean cancelsWeakNegation(String key) {
        return false;
    }
}
