package io.pullwatch.core.impact;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;

/** Feedback as quoted in a notification: one line, at most {@value #MAX_CHARS} characters, contact details masked. */
public final class Snippets {

    static final int MAX_CHARS = 160;

    private Snippets() {}

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = PrivateChannels.mask(text).replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_CHARS ? oneLine : oneLine.substring(0, MAX_CHARS - 1) + "…";
    }

    public static ImpactNotification.Quote quote(Feedback feedback, String matched) {
        return new ImpactNotification.Quote(feedback.feedbackId(), of(RiskFlagger.wholeText(feedback)),
                feedback.sentimentOrUnknown().score(), feedback.authorReach(), feedback.createdAt(), matched);
    }
}
