package io.pullwatch.connectors.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    private static final String CONTENT = String.join("\n",
            "{\"event_id\": \"allocine_tatia:1:0\", \"kind\": \"review\", \"text\": \"Un chef-d'œuvre ☕\"}",
            "",
            "{\"event_id\": \"sanders:2:apple\", \"kind\": \"mention\", \"text\": \"@apple\"}",
            "   ",
            "\t",
            "{\"event_id\": \"seismic:3:1\", \"kind\": \"reshare\", \"text\": null}",
            "");

    @TempDir
    Path dir;

    @Test
    void readsPlainFileAsUtf8() throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, CONTENT, StandardCharsets.UTF_8);

        assertThat(readAll(file)).containsExactly(
                "{\"event_id\": \"allocine_tatia:1:0\", \"kind\": \"review\", \"text\": \"Un chef-d'œuvre ☕\"}",
                "",
                "{\"event_id\": \"sanders:2:apple\", \"kind\": \"mention\", \"text\": \"@apple\"}",
                "   ",
                "\t",
                "{\"event_id\": \"seismic:3:1\", \"kind\": \"reshare\", \"text\": null}");
    }

    @Test
    void readsGzipFileTransparently() throws IOException {
        Path plain = dir.resolve("events.jsonl");
        Files.writeString(plain, CONTENT, StandardCharsets.UTF_8);
        Path gz = dir.resolve("events.jsonl.gz");
        writeGzip(gz, CONTENT);

        assertThat(Files.readAllBytes(gz)).startsWith((byte) 0x1f, (byte) 0x8b);
        assertThat(readAll(gz)).isEqualTo(readAll(plain)).hasSize(6);
    }

    @Test
    void gzipIsChosenByFileNameOnly() throws IOException {
        Path notGzip = dir.resolve("events.gz");
        Files.writeString(notGzip, CONTENT, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readAll(notGzip)).isInstanceOf(ZipException.class);

        Path gzNamedPlain = dir.resolve("events.jsonl.gzip");
        writeGzip(gzNamedPlain, CONTENT);
        try (BufferedReader reader = JsonLines.open(gzNamedPlain)) {
            assertThat(reader.readLine()).doesNotContain("event_id"); // compressed bytes, read as they are
        }
    }

    @Test
    void countSkipsBlankLines() throws IOException {
        Path plain = dir.resolve("events.jsonl");
        Files.writeString(plain, CONTENT, StandardCharsets.UTF_8);
        Path gz = dir.resolve("events.jsonl.gz");
        writeGzip(gz, CONTENT + "\n\n \n");

        assertThat(JsonLines.count(plain)).isEqualTo(3);
        assertThat(JsonLines.count(gz)).isEqualTo(3);
    }

    @Test
    void countOfEmptyFilesIsZero() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path blank = dir.resolve("blank.jsonl.gz");
        writeGzip(blank, "\n  \n\n");

        assertThat(JsonLines.count(empty)).isZero();
        assertThat(JsonLines.count(blank)).isZero();
    }

    @Test
    void handlesCrLfLineEndings() throws IOException {
        Path file = Files.writeString(dir.resolve("crlf.jsonl"), "{\"a\":1}\r\n\r\n{\"a\":2}\r\n");

        assertThat(JsonLines.count(file)).isEqualTo(2);
        assertThat(readAll(file)).containsExactly("{\"a\":1}", "", "{\"a\":2}");
    }

    private static List<String> readAll(Path file) throws IOException {
        try (BufferedReader reader = JsonLines.open(file)) {
            return reader.lines().toList();
        }
    }

    private static void writeGzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
