package io.pullwatch.core.impact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Words and phrases that put content outside the brand's perimeter or make it inappropriate (alcohol, drugs,
 * insults, violence, counterfeits, politics…), in English and French. A plain text file, one term or phrase a line,
 * {@code #} starting a comment; matched as whole folded words, so list each spelling once without accents.
 */
public record OffBrandLexicon(PhraseSet terms) implements Serializable {

    public static final String DEFAULT_RESOURCE = "/io/pullwatch/core/impact/off-brand-terms.txt";

    public OffBrandLexicon {
        if (terms == null || terms.size() == 0) {
            throw new IllegalArgumentException("the off-brand lexicon holds no term");
        }
    }

    /** The lexicon shipped with Pullwatch (the same as {@code config/off-brand-terms.txt}). */
    public static OffBrandLexicon fromClasspath() {
        try (InputStream in = OffBrandLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public static OffBrandLexicon fromFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static OffBrandLexicon read(InputStream in) throws IOException {
        List<String> terms = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int comment = line.indexOf('#');
            String term = (comment >= 0 ? line.substring(0, comment) : line).trim();
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return new OffBrandLexicon(PhraseSet.of(terms));
    }

    /** The term found in the folded, padded text, or null. */
    public String match(String paddedText) {
        return terms.firstIn(paddedText);
    }
}
