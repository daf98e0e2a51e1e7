package io.pullwatch.app.commands;

import java.nio.file.Path;

/** Where Pullwatch is installed: the launcher sets {@code pullwatch.home}; otherwise the working directory. */
final class Installation {

    private Installation() {}

    static Path home() {
        return Path.of(System.getProperty("pullwatch.home", "."));
    }

    static Path defaultConfig() {
        return home().resolve("config").resolve("pullwatch.properties");
    }

    static Path sampleInitiatives() {
        return home().resolve("config").resolve("sample-initiatives.jsonl");
    }
}
