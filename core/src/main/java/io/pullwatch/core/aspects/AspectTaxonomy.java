package io.pullwatch.core.aspects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The aspects Pullwatch looks for and the words that name them, per language, as written in {@code aspects.json}.
 * The copy on the classpath is the default; operators may point the job at their own file (same format).
 *
 * @param aspects in the order detections are reported
 * @param ignorePhrases per language: phrases that contain a term but mean something else ("can't wait")
 * @param ignoreWords per language: exact spellings that analysis merges with a term but that mean something else
 */
@JsonIgnoreProperties({"description"})
public record AspectTaxonomy(
        List<Aspect> aspects, Map<String, List<String>> ignorePhrases, Map<String, List<String>> ignoreWords) {

    public static final String DEFAULT_RESOURCE = "/io/pullwatch/core/aspects/aspects.json";

    /** Strict on purpose: a misspelt key in a hand-edited file must fail at start-up, not silently match nothing. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** @param terms per language code, the words and phrases that name this aspect */
    public record Aspect(String id, Map<String, List<String>> terms) {

        public Aspect {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("an aspect has no id");
            }
            terms = terms == null ? Map.of() : Map.copyOf(terms);
        }

        public List<String> terms(String language) {
            return terms.getOrDefault(language, List.of());
        }
    }

    public AspectTaxonomy {
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
        ignorePhrases = ignorePhrases == null ? Map.of() : Map.copyOf(ignorePhrases);
        ignoreWords = ignoreWords == null ? Map.of() : Map.copyOf(ignoreWords);
        if (aspects.isEmpty()) {
            throw new IllegalArgumentException("the taxonomy has no aspects");
        }
        Set<String> ids = new HashSet<>();
        for (Aspect aspect : aspects) {
            if (!ids.add(aspect.id())) {
                throw new IllegalArgumentException("aspect '" + aspect.id() + "' is defined twice");
            }
        }
    }

    /** The taxonomy shipped with Pullwatch. */
    public static AspectTaxonomy fromClasspath() {
        try (InputStream in = AspectTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** A taxonomy file, such as {@code config/aspects.json}. */
    public static AspectTaxonomy fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read aspect taxonomy " + file, e);
        }
    }

    static AspectTaxonomy read(InputStream in) throws IOException {
        return MAPPER.readValue(in, AspectTaxonomy.class);
    }
}
