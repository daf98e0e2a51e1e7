package io.pullwatch.core.sentiment;

import io.pullwatch.core.text.Lookups;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** English function words, after VADER's lists (Hutto &amp; Gilbert 2014), apostrophes kept as the tokenizer keeps them. */
final class EnglishRules extends LanguageRules {

    static final EnglishRules INSTANCE = new EnglishRules();

    /** Negated perfects, which compare with the past in "haven't been this ... in years". */
    private static final Set<String> PERFECT_NEGATORS = Lookups.setOf("havent", "hasnt", "hadnt");
    private static final Set<String> NEGATORS = Lookups.setOf(
            "not", "no", "never", "none", "nope", "nor", "neither", "nothing", "nowhere", "without", "rarely",
            "seldom", "cannot", "uhuh", "least",
            "aint", "arent", "cant", "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent",
            "isnt", "mightnt", "mustnt", "neednt", "oughtnt", "shant", "shouldnt", "wasnt", "werent", "wont",
            "wouldnt");

    private static final Map<String, Float> BOOSTERS = buildBoosters();

    private static final Set<String> NEGATION_TRANSPARENT = Lookups.setOf("a", "an", "the", "be", "been", "being",
            "such");
    private static final Set<String> CONTRAST = Lookups.setOf("but", "however", "nevertheless", "nonetheless");
    private static final Set<String> CONCESSIVE = Lookups.setOf("although", "though", "whereas", "despite");
    private static final Set<String> INTERJECTIONS = Lookups.setOf("lol", "lool", "lmao", "lmfao", "rofl", "haha",
            "hahaha", "hehe", "hihi", "yay", "yey", "wow", "omg", "ugh", "yuck", "huzzah", "hooray", "woohoo", "yikes",
            "ouch", "oops", "meh");
    private static final Set<String> EXCESS_MARKERS = Lookups.setOf("too");
    /** Size and fit, price, time and speed, weight, temperature, taste, amount: "too small", "too many". */
    private static final Set<String> EXCESS_TARGETS = Lookups.setOf("small", "big", "large", "tight", "loose", "long",
            "short", "wide", "narrow", "thick", "thin", "heavy", "bulky", "baggy", "tall", "snug", "sheer",
            "expensive", "pricey", "pricy", "costly", "slow", "fast", "late", "early", "soon", "hot", "cold", "warm",
            "sweet", "salty", "spicy", "greasy", "oily", "dry", "bright", "dark", "loud", "soft", "hard", "stiff",
            "strong", "high", "low", "much", "many", "busy", "crowded", "complicated");
    private static final Set<String> CONTEXTUAL = Lookups.union(CONCESSIVE, Set.of("least"));

    /**
     * VADER's sentiment-laden idioms, fixed phrases whose words would otherwise be scored one by one, and the words and
     * verdicts of retail and service feedback that the lexicons lack or misread.
     */
    private static final Map<String, Float> IDIOMS = Lookups.mapOf(Map.ofEntries(
            Map.entry("the shit", 3f), Map.entry("the bomb", 3f), Map.entry("bad ass", 1.5f),
            Map.entry("badass", 1.5f), Map.entry("yeah right", -2f), Map.entry("kiss of death", -1.5f),
            Map.entry("to die for", 3f), Map.entry("cut the mustard", 2f), Map.entry("hand to mouth", -2f),
            Map.entry("back handed", -2f), Map.entry("blow smoke", -2f), Map.entry("blowing smoke", -2f),
            Map.entry("upper hand", 1f), Map.entry("break a leg", 2f), Map.entry("cooking with gas", 2f),
            Map.entry("in the black", 2f), Map.entry("in the red", -2f), Map.entry("on the ball", 2f),
            Map.entry("under the weather", -2f), Map.entry("no doubt", 0f), Map.entry("without doubt", 0f),
            Map.entry("no wonder", 0f), Map.entry("not only", 0f), Map.entry("kind of", 0f), Map.entry("sort of", 0f),
            Map.entry("pretty much", 0f), Map.entry("as well", 0f), Map.entry("well as", 0f),
            // reviewers' pros and cons: "minus" alone is a drawback, "plus" only in these phrases
            Map.entry("minus", -1.5f), Map.entry("minuses", -1.5f), Map.entry("a plus", 1.5f),
            Map.entry("big plus", 1.5f), Map.entry("another plus", 1.5f), Map.entry("plus side", 1.5f),
            // eagerness, not a negated "wait"
            Map.entry("can't wait", 1.5f), Map.entry("cant wait", 1.5f), Map.entry("cannot wait", 1.5f),
            // "like" as a preposition of comparison or a polite request, not the verb VADER's raters rated
            Map.entry("look like", 0f), Map.entry("looks like", 0f), Map.entry("looked like", 0f),
            Map.entry("looking like", 0f), Map.entry("seem like", 0f), Map.entry("seems like", 0f),
            Map.entry("seemed like", 0f), Map.entry("sound like", 0f), Map.entry("sounds like", 0f),
            Map.entry("sounded like", 0f), Map.entry("feel like", 0f), Map.entry("feels like", 0f),
            Map.entry("felt like", 0f), Map.entry("feeling like", 0f), Map.entry("smell like", 0f),
            Map.entry("smells like", 0f), Map.entry("taste like", 0f), Map.entry("tastes like", 0f),
            Map.entry("act like", 0f), Map.entry("acts like", 0f), Map.entry("just like", 0f),
            Map.entry("more like", 0f), Map.entry("something like", 0f), Map.entry("anything like", 0f),
            Map.entry("nothing like", 0f), Map.entry("exactly like", 0f), Map.entry("much like", 0f),
            Map.entry("would like", 0f),
            // retail: what goes wrong with a product or a delivery, fit and value, and the advice a review ends with
            Map.entry("junk", -2f), Map.entry("flimsy", -1.6f), Map.entry("ripped", -1.5f), Map.entry("frayed", -1.2f),
            Map.entry("faded", -1f), Map.entry("stained", -1.2f), Map.entry("leaky", -1.5f), Map.entry("wobbly", -1.2f),
            Map.entry("scratchy", -1.2f), Map.entry("sturdy", 1.5f), Map.entry("roomy", 1.2f), Map.entry("comfy", 1.8f),
            Map.entry("fell apart", -2.2f), Map.entry("falls apart", -2.2f), Map.entry("fall apart", -2.2f),
            Map.entry("falling apart", -2.2f), Map.entry("came apart", -2.2f), Map.entry("cheaply made", -2f),
            Map.entry("stopped working", -2f), Map.entry("stops working", -2f), Map.entry("quit working", -2f),
            Map.entry("doesn't work", -1.8f), Map.entry("does not work", -1.8f), Map.entry("didn't work", -1.8f),
            Map.entry("did not work", -1.8f), Map.entry("don't work", -1.8f), Map.entry("not working", -1.8f),
            Map.entry("runs small", -0.8f), Map.entry("runs large", -0.8f), Map.entry("runs big", -0.8f),
            Map.entry("as described", 1.2f), Map.entry("as advertised", 1.2f), Map.entry("as pictured", 1.2f),
            Map.entry("exactly what i needed", 2f), Map.entry("exactly what i wanted", 2f),
            Map.entry("just what i needed", 2f), Map.entry("never arrived", -2f), Map.entry("never received", -2f),
            Map.entry("never showed up", -2f), Map.entry("arrived late", -1.5f), Map.entry("sent it back", -1.5f),
            Map.entry("send it back", -1.5f), Map.entry("sending it back", -1.5f), Map.entry("returned it", -1.2f),
            Map.entry("return it", -1.2f), Map.entry("returning it", -1.2f), Map.entry("my money back", -2f),
            Map.entry("save your money", -2f), Map.entry("waste your money", -2f), Map.entry("waste your time", -2f),
            Map.entry("don't waste", -2f), Map.entry("dont waste", -2f), Map.entry("do not waste", -2f),
            // service and the shop: staff, price, stock, and whether the customer comes back
            Map.entry("unhelpful", -1.8f), Map.entry("knowledgeable", 1.5f), Map.entry("attentive", 1.5f),
            Map.entry("understaffed", -1.5f), Map.entry("overpriced", -1.8f), Map.entry("rip off", -2.5f),
            Map.entry("ripoff", -2.5f), Map.entry("slow service", -1.5f), Map.entry("slow delivery", -1.5f),
            Map.entry("hassle", -1.5f), Map.entry("out of stock", -1.2f), Map.entry("never again", -2f),
            Map.entry("be back", 1.5f), Map.entry("buy again", 1.5f),
            // "quality" names what the adjective judges ("poor quality", "low quality"); AFINN's +2 made those praise
            Map.entry("quality", 0f), Map.entry("high quality", 2f), Map.entry("low quality", -2f),
            Map.entry("looks cheap", -1.8f), Map.entry("feels cheap", -1.8f), Map.entry("cheap looking", -1.8f),
            // waiting, service beyond the expected, and the verdicts of a lukewarm review
            Map.entry("waited forever", -1.8f), Map.entry("took forever", -1.8f), Map.entry("took ages", -1.8f),
            Map.entry("professional", 1.5f), Map.entry("above and beyond", 2.5f), Map.entry("made my day", 2.5f),
            Map.entry("letdown", -2f), Map.entry("could be better", -1f), Map.entry("needs improvement", -1.2f),
            Map.entry("glitchy", -1.5f), Map.entry("keeps crashing", -2f), Map.entry("fast shipping", 1.5f),
            Map.entry("fast delivery", 1.5f), Map.entry("quick delivery", 1.5f), Map.entry("arrived quickly", 1.2f)));

    private static final Map<String, String> ALIASES = Lookups.mapOf(Map.ofEntries(
            Map.entry("gr8", "great"), Map.entry("luv", "love"), Map.entry("luvs", "love"), Map.entry("gud", "good"),
            Map.entry("kewl", "cool"), Map.entry("awsome", "awesome"), Map.entry("thx", "thanks"),
            Map.entry("thanx", "thanks"), Map.entry("ty", "thanks"), Map.entry("fav", "favorite"),
            Map.entry("fave", "favorite"), Map.entry("h8", "hate"), Map.entry("h8s", "hate"), Map.entry("b4", "before"),
            Map.entry("gd", "good"), Map.entry("wtf", "wtf"), Map.entry("plz", "please"), Map.entry("pls", "please")));

    private static final String[][] SUFFIXES = {
            {"ily", "y"}, {"ly", ""}, {"ies", "y"}, {"es", ""}, {"s", ""}, {"ness", ""},
    };

    private EnglishRules() {}

    private static Map<String, Float> buildBoosters() {
        Map<String, Float> map = new HashMap<>();
        for (String w : new String[] {"absolutely", "amazingly", "awfully", "completely", "considerable",
                "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
                "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin",
                "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking",
                "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly",
                "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
                "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually",
                "utter", "utterly", "very",
                // degree adverbs of current English missing from VADER's list; without them AFINN reads "insanely
                // fast" as negative
                "insanely", "ridiculously", "exceedingly", "immensely", "massively", "outrageously"}) {
            map.put(w, BOOST);
        }
        for (String w : new String[] {"almost", "barely", "hardly", "kinda", "kindof", "less", "little", "marginal",
                "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly",
                "somewhat", "sorta", "sortof", "fairly", "rather"}) {
            map.put(w, DAMPEN);
        }
        return Lookups.mapOf(map);
    }

    @Override
    Set<String> negators() {
        return NEGATORS;
    }

    @Override
    boolean isNegator(String previous, String key) {
        // "least" negates ("the least funny") except in "at least" / "very least"; any "…n't" form negates.
        if (key.equals("least")) {
            return !"at".equals(previous) && !"very".equals(previous);
        }
        return NEGATORS.contains(key) || key.endsWith("n't");
    }

    @Override
    Set<String> interjections() {
        return INTERJECTIONS;
    }

    /**
     * VADER: "never so good", "never been this happy" intensify; so does "this" after a negated perfect: "haven't been
     * this sore in a while" is very sore. Not "so" there: "it hasn't been so bad" is an understatement, not emphasis.
     */
    @Override
    boolean isEmphaticNegation(String negator, String previous) {
        if ("never".equals(negator)) {
            return "so".equals(previous) || "this".equals(previous);
        }
        return "this".equals(previous) && negator != null
                && PERFECT_NEGATORS.contains(negator.replace("'", "").replace("’", ""));
    }

    @Override
    Set<String> contextualWords() {
        return CONTEXTUAL;
    }

    @Override
    Map<String, Float> boosters() {
        return BOOSTERS;
    }

    @Override
    Set<String> contrastMarkers() {
        return CONTRAST;
    }

    @Override
    boolean opensConcession(String key, String next) {
        return CONCESSIVE.contains(key);
    }

    @Override
    Map<String, Float> idioms() {
        return IDIOMS;
    }

    /** VADER's lexicon was rated word by word and holds no function words; nothing to remove. */
    @Override
    Set<String> functionWords() {
        return Set.of();
    }

    @Override
    Set<String> negationTransparent() {
        return NEGATION_TRANSPARENT;
    }

    @Override
    Set<String> excessMarkers() {
        return EXCESS_MARKERS;
    }

    @Override
    Set<String> excessTargets() {
        return EXCESS_TARGETS;
    }

    @Override
    Map<String, String> aliases() {
        return ALIASES;
    }

    @Override
    Set<String> elisionPrefixes() {
        return Set.of();
    }

    @Override
    String[][] suffixRewrites() {
        return SUFFIXES;
    }
}
