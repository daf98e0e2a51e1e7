package io.pullwatch.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Interchangeable sentences in English and French; an event picks from the list of its own language. */
record TextPool(List<String> en, List<String> fr) {

    static final String ENGLISH = "en";
    static final String FRENCH = "fr";

    TextPool {
        en = List.copyOf(en);
        fr = List.copyOf(fr);
    }

    String pick(SplittableRandom rng, String language) {
        List<String> options = of(language);
        return options.get(rng.nextInt(options.size()));
    }

    /** {@code count} different sentences, so that a text never says the same thing twice. */
    List<String> pickDistinct(SplittableRandom rng, String language, int count) {
        List<String> options = new ArrayList<>(of(language));
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(options.remove(rng.nextInt(options.size())));
        }
        return picked;
    }

    List<String> of(String language) {
        return FRENCH.equals(language) ? fr : en;
    }
}
