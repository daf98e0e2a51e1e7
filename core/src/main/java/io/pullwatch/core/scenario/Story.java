package io.pullwatch.core.scenario;

import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Polarity;

/**
 * What a run of planted feedback about one initiative says. {@code tone}: every piece praises (positive), every
 * piece complains (negative), or ratings and texts are drawn as on an ordinary day (null). {@code opening} starts
 * every text (a risk's own expression, which each piece of a risk burst carries); {@code naming} sentences name the
 * initiative, {@code context} sentences only describe it; {@code namedShare} of the texts carry a naming sentence.
 */
record Story(String id, Initiative initiative, Polarity tone, TextPool opening, TextPool naming, TextPool context,
        double namedShare) {

    GroundTruth truth() {
        return new GroundTruth(id, tone, initiative.id());
    }
}
