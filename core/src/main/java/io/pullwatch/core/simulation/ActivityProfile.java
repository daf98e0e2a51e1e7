package io.pullwatch.core.simulation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * When customers post, relative to their mean: a daily cycle (quiet nights, a lunchtime rise, busy afternoons, an
 * evening tail) times a weekly one (Saturday busiest, Sunday quiet). Both are normalised to a mean of one, and the
 * daily curve is interpolated between hours so that no minute jumps. Times are read in UTC, which the simulated
 * stores keep as their local time.
 */
public final class ActivityProfile {

    private static final double[] HOURLY = normalised(new double[] {
            0.15, 0.10, 0.07, 0.06, 0.08, 0.15, 0.35, 0.65, 0.95, 1.15, 1.30, 1.45,
            1.60, 1.50, 1.55, 1.70, 1.85, 1.80, 1.65, 1.45, 1.20, 0.90, 0.55, 0.30});
    private static final double[] WEEKLY = normalised(new double[] {0.90, 0.90, 1.00, 1.00, 1.10, 1.35, 0.75});

    private ActivityProfile() {}

    /** The activity factor at {@code at}; its mean over a week is one. */
    public static double at(Instant at) {
        return daily(at) * weekly(at);
    }

    /** The daily factor alone, interpolated between the middles of the hours. */
    public static double daily(Instant at) {
        ZonedDateTime time = at.atZone(ZoneOffset.UTC);
        double hour = time.getHour() + time.getMinute() / 60.0 + time.getSecond() / 3600.0 - 0.5;
        int before = (int) Math.floor(hour);
        double weight = hour - before;
        return HOURLY[Math.floorMod(before, 24)] * (1 - weight) + HOURLY[Math.floorMod(before + 1, 24)] * weight;
    }

    public static double weekly(Instant at) {
        DayOfWeek day = at.atZone(ZoneOffset.UTC).getDayOfWeek();
        return WEEKLY[day.getValue() - 1];
    }

    private static double[] normalised(double[] factors) {
        double mean = 0;
        for (double factor : factors) {
            mean += factor / factors.length;
        }
        double[] result = new double[factors.length];
        for (int i = 0; i < factors.length; i++) {
            result[i] = factors[i] / mean;
        }
        return result;
    }
}
