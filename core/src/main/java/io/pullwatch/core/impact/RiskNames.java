package io.pullwatch.core.impact;

import io.pullwatch.core.event.ImpactRisk;
import java.util.Locale;

/** Risks by their contract name ("stock-and-availability"), the form state keeps them in. */
final class RiskNames {

    private RiskNames() {}

    static String of(ImpactRisk risk) {
        return risk.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ImpactRisk parse(String name) {
        return ImpactRisk.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
