package io.pullwatch.core.sentiment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Reads the lexicon resources shipped under {@code io/pullwatch/core/sentiment/lexicons/}. */
final class LexiconFiles {

    private static final String BASE = "/io/pullwatch/core/sentiment/lexicons/";

    private LexiconFiles() {}

    static void readTsv(String path, BiConsumer<String, Float> sink) {
        readLines(path, line -> {
            String[] cols = line.split("\t");
            if (cols.length >= 2) {
                try {
                    sink.accept(cols[0].trim(), Float.parseFloat(cols[1].trim()));
                } catch (NumberFormatException ignored) {
                    // header or malformed line: skipped, as the upstream loaders do
                }
            }
        });
    }

    static Map<String, Float> readJson(String path) {
        try (InputStream in = open(path)) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Float>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }

    static void readLines(String path, Consumer<String> sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank()).forEach(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }

    static InputStream open(String path) throws IOException {
        InputStream in = LexiconFiles.class.getResourceAsStream(BASE + path);
        if (in == null) {
            throw new IOException("missing resource " + BASE + path);
        }
        return in;
    }
}
