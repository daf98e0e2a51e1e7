package io.pullwatch.app.console;

import java.io.PrintStream;

/** A one-line progress bar on a terminal: bar, percentage, count and rate, redrawn at most ten times a second. */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDrawn;

    /** @param total expected count, or 0 or less when unknown */
    public ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    public void update(long done) {
        long now = System.nanoTime();
        if (now - lastDrawn >= REDRAW_NANOS || done == total) {
            lastDrawn = now;
            out.print("\r" + render(done, now));
            out.flush();
        }
    }

    public void finish(long done) {
        out.println("\r" + render(done, System.nanoTime()));
    }

    String render(long done, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        String rate = String.format("%,.0f/s", done / seconds);
        if (total <= 0) {
            return String.format("%s %,d %s", label, done, rate);
        }
        double fraction = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format("%s [%s%s] %3.0f%% %,d/%,d %s", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
                fraction * 100, done, total, rate);
    }
}
