package io.pullwatch.connectors.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a JSON-lines file, gzip-compressed when its name ends in {@code .gz}. */
public final class JsonLines {

    private JsonLines() {}

    public static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            try {
                in = new GZIPInputStream(in, 1 << 16);
            } catch (IOException notGzip) {
                in.close();
                throw notGzip;
            }
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Counts non-blank lines, for progress bars. */
    public static long count(Path file) throws IOException {
        try (BufferedReader reader = open(file)) {
            return reader.lines().filter(line -> !line.isBlank()).count();
        }
    }
}
