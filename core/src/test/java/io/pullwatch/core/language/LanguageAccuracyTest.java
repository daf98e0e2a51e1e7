package io.pullwatch.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageAccuracyTest {

    /** Says French for texts starting with "le", unknown for texts starting with "?", English otherwise. */
    private static final LanguageIdentifier STUB =
            text -> text.startsWith("le") ? "fr" : text.startsWith("?") ? LanguageIdentifier.UNKNOWN : "en";

    @Test
    void countsOutcomesPerExpectedLanguage() {
        List<LanguageAccuracy.Sample> samples = List.of(
                new LanguageAccuracy.Sample("the cat sat on the mat", "en"),
                new LanguageAccuracy.Sample("le chat est sur le tapis", "fr"),
                new LanguageAccuracy.Sample("la pluie tombe sur la ville", "fr"),
                new LanguageAccuracy.Sample("? hard to tell at all here", "en"));

        LanguageAccuracy.Report report = LanguageAccuracy.measure(STUB, samples, 0);

        assertThat(report.total()).isEqualTo(4);
        assertThat(report.correct()).isEqualTo(2);
        assertThat(report.accuracy()).isCloseTo(0.5, within(1e-9));
        LanguageAccuracy.Counts english = report.byLanguage().get("en");
        assertThat(english.unknown()).isEqualTo(1);
        assertThat(english.confusion()).isZero();
        LanguageAccuracy.Counts french = report.byLanguage().get("fr");
        assertThat(french.identified()).isEqualTo(Map.of("fr", 1L, "en", 1L));
        assertThat(french.confusion()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void skipsTextsShorterThanTheMinimum() {
        LanguageAccuracy.Report report = LanguageAccuracy.measure(STUB, List.of(
                new LanguageAccuracy.Sample("short", "en"), new LanguageAccuracy.Sample(null, "en"),
                new LanguageAccuracy.Sample("a text long enough to count", "en")), 20);

        assertThat(report.total()).isEqualTo(1);
        assertThat(report.byLanguage()).containsOnlyKeys("en");
    }
}
