package io.pullwatch.core.event;

/** The one schema version every contract currently speaks; a record carrying another is rejected, not guessed at. */
public final class SchemaVersion {
    public static final int CURRENT = 1;

    private SchemaVersion() {}
}
