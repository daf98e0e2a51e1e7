package io.pullwatch.core.aspects;

import io.pullwatch.core.event.AspectMention;
import java.util.List;

/** Finds which aspects of the shopping experience a text talks about, each with the sentiment expressed about it. */
public interface AspectDetector {

    /** @return one entry per aspect found, in taxonomy order; empty when none; never throws on any input */
    List<AspectMention> detect(String text, String language);
}
