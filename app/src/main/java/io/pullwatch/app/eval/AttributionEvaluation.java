package io.pullwatch.app.eval;

import io.pullwatch.core.attribution.AttributionSettings;
import io.pullwatch.core.attribution.InitiativeMatcher;
import io.pullwatch.core.attribution.ReplayedAttribution;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.scenario.DemoScenario;
import io.pullwatch.core.scenario.Scenario;
import io.pullwatch.core.scenario.ScenarioEvent;
import io.pullwatch.core.understanding.TextUnderstanding;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribution precision and recall against the demo scenario's answer key, over several seeds. The scenario is
 * replayed in time order through the text stage and the matcher, the initiatives changelog applied as it comes (the
 * repair corner is retired midway), exactly as the attribute stage does.
 */
public final class AttributionEvaluation {

    private final List<Long> seeds;
    private final AttributionSettings settings;
    private final PrintWriter out;

    public AttributionEvaluation(List<Long> seeds, AttributionSettings settings, PrintWriter out) {
        this.seeds = seeds;
        this.settings = settings;
        this.out = out;
    }

    /** Per rule: attributions made and those right; overall: true pairs found among those in the answer key. */
    static final class Tally {
        final Map<AttributionRule, int[]> byRule = new EnumMap<>(AttributionRule.class);
        int attributions;
        int correct;
        int truePairs;
        int found;
        int events;

        void add(Feedback feedback, List<Attribution> attributions, String truth) {
            events++;
            if (truth != null) {
                truePairs++;
            }
            for (Attribution a : attributions) {
                boolean right = a.initiativeId().equals(truth);
                int[] counts = byRule.computeIfAbsent(a.rule(), r -> new int[3]);
                counts[0]++;
                if (right) {
                    counts[1]++;
                    counts[2]++;
                    found++;
                }
                this.attributions++;
                correct += right ? 1 : 0;
            }
        }
    }

    public Tally run() {
        Tally tally = new Tally();
        TextUnderstanding understanding = TextUnderstanding.standard();
        for (long seed : seeds) {
            Scenario scenario = DemoScenario.generate(seed, Instant.parse("2026-11-27T09:00:00Z"));
            Map<String, Initiative> registry = new LinkedHashMap<>();
            InitiativeMatcher matcher = new InitiativeMatcher(List.of(), settings);
            ReplayedAttribution replay = new ReplayedAttribution();
            for (ScenarioEvent event : scenario.events()) {
                if (event.initiative() != null) {
                    registry.put(event.initiative().id(), event.initiative());
                    matcher.close();
                    matcher = new InitiativeMatcher(registry.values(), settings);
                    continue;
                }
                Feedback feedback = understanding.enrich(event.review() != null
                        ? Feedback.of(event.review()) : Feedback.of(event.mention()));
                tally.add(feedback, replay.attribute(matcher, feedback), event.truth().initiativeId());
            }
            matcher.close();
        }
        print(tally);
        return tally;
    }

    private void print(Tally tally) {
        out.printf("Scenario seeds %s: %,d feedback events, %,d of them about an initiative in the answer key.%n%n",
                seeds, tally.events, tally.truePairs);
        out.println("| rule | attributions | precision | share of the answer key it found |");
        out.println("|---|---|---|---|");
        tally.byRule.forEach((rule, counts) -> out.printf("| %s | %,d | %.3f | %.3f |%n",
                rule.name().toLowerCase().replace('_', '-'), counts[0], ratio(counts[1], counts[0]),
                ratio(counts[2], tally.truePairs)));
        out.printf("| **all** | %,d | **%.3f** | recall **%.3f** |%n", tally.attributions,
                ratio(tally.correct, tally.attributions), ratio(tally.found, tally.truePairs));
        out.flush();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
