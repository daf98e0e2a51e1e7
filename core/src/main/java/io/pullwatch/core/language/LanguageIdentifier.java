package io.pullwatch.core.language;

/** Tells which language a text is written in, among those Pullwatch understands. */
public interface LanguageIdentifier {

    /** Returned for other languages and for texts too short or too mixed to tell. */
    String UNKNOWN = "unknown";

    /** @return an ISO 639-1 code ("en", "fr") or {@link #UNKNOWN}; never null, never throws on any input */
    String identify(String text);
}
