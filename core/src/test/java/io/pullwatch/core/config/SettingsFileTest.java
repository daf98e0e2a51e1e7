package io.pullwatch.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @Test
    void readsTrimmedValuesWithOverridesOnTop(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.properties");
        Files.writeString(file, "# comment\na = 1  \nb=café\nc = 3\n");

        assertThat(SettingsFile.read(file, Map.of("c", "4", "d", "5")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "café", "c", "4", "d", "5"));
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path dir) {
        assertThatThrownBy(() -> SettingsFile.read(dir.resolve("none"), Map.of()))
                .isInstanceOf(NoSuchFileException.class);
    }
}
