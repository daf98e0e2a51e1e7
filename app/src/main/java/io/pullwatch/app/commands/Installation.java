package io.pullwatch.app.commands;

import io.pullwatch.app.eval.DevCorpora;
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

    /** The shared datasets, read in place beside the project: {@code ../shared/data/dev}. */
    static DevCorpora devData() {
        return new DevCorpora(home().resolve("..").resolve("shared").resolve("data").resolve("dev").normalize());
    }

    static Path sampleInitiatives() {
        return home().resolve("config").resolve("sample-initiatives.jsonl");
    }
}
