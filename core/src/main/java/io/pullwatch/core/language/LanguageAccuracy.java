package io.pullwatch.core.language;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores a {@link LanguageIdentifier} against labelled texts: for each expected language, how many texts were
 * identified correctly, as "unknown", or as another language. Pure computation, so a CLI or a test can feed it
 * texts from any source.
 */
public final class LanguageAccuracy {

    /** A text and the language it is known to be written in. */
    public record Sample(String text, String expectedLanguage) {
        public Sample {
            Objects.requireNonNull(expectedLanguage, "expectedLanguage");
        }
    }

    /** Outcomes for the texts of one expected language; {@code identified} maps each answer to its count. */
    public record Counts(String language, long total, long correct, long unknown, Map<String, Long> identified) {

        /** Share of texts identified as their language; "unknown" counts as a miss. */
        public double accuracy() {
            return total == 0 ? Double.NaN : (double) correct / total;
        }

        /** Share of texts identified as another language: the costly error, unlike "unknown". */
        public double confusion() {
            return total == 0 ? Double.NaN : (double) (total - correct - unknown) / total;
        }
    }

    /** Per expected language, in language order, and all languages together. */
    public record Report(Map<String, Counts> byLanguage, long total, long correct) {

        public double accuracy() {
            return total == 0 ? Double.NaN : (double) correct / total;
        }
    }

    private LanguageAccuracy() {}

    /** Runs {@code identifier} on every sample whose text has at least {@code minLength} characters. */
    public static Report measure(LanguageIdentifier identifier, Iterable<Sample> samples, int minLength) {
        Map<String, Map<String, Long>> answers = new TreeMap<>();
        for (Sample sample : samples) {
            if (sample.text() == null || sample.text().length() < minLength) {
                continue;
            }
            String answer = identifier.identify(sample.text());
            answers.computeIfAbsent(sample.expectedLanguage(), k -> new TreeMap<>()).merge(answer, 1L, Long::sum);
        }
        Map<String, Counts> byLanguage = new TreeMap<>();
        long total = 0;
        long correct = 0;
        for (Map.Entry<String, Map<String, Long>> entry : answers.entrySet()) {
            String language = entry.getKey();
            Map<String, Long> identified = entry.getValue();
            long languageTotal = identified.values().stream().mapToLong(Long::longValue).sum();
            long languageCorrect = identified.getOrDefault(language, 0L);
            byLanguage.put(language, new Counts(language, languageTotal, languageCorrect,
                    identified.getOrDefault(LanguageIdentifier.UNKNOWN, 0L), Collections.unmodifiableMap(identified)));
            total += languageTotal;
            correct += languageCorrect;
        }
        return new Report(Collections.unmodifiableMap(byLanguage), total, correct);
    }
}
