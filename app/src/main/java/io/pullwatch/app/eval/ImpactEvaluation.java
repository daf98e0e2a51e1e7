package io.pullwatch.app.eval;

import io.pullwatch.core.attribution.AttributionSettings;
import io.pullwatch.core.attribution.InitiativeMatcher;
import io.pullwatch.core.attribution.ReplayedAttribution;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactType;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.impact.ImpactReplay;
import io.pullwatch.core.impact.ImpactRouting;
import io.pullwatch.core.impact.ImpactSettings;
import io.pullwatch.core.impact.StoreFeedback;
import io.pullwatch.core.scenario.EffectDetectability;
import io.pullwatch.core.scenario.ImpactScenario;
import io.pullwatch.core.scenario.PlantedEffect;
import io.pullwatch.core.scenario.PlantedRisk;
import io.pullwatch.core.scenario.ScenarioEvent;
import io.pullwatch.core.understanding.TextUnderstanding;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Impact notifications against the impact scenario's answer key, over several seeds: for each planted effect and
 * risk, how long after it became detectable its notice came, and how many "significant effect" notices the
 * initiatives without effect drew. The scenario is replayed in time order through the text stage, attribution (the
 * initiatives changelog applied as it comes) and the impact stage's own logic with its bucket closes and digests
 * fired as the watermark passes them, exactly as the Flink stages run it. A notice's scenario time is the end of the
 * bucket that made it plus the watermark's out-of-orderness allowance, the earliest event time at which the stage
 * can emit it.
 */
public final class ImpactEvaluation {

    /** Every seed's scenario starts here: a day of history, then the initiatives from noon (digest at 18:00 UTC). */
    static final Instant START = Instant.parse("2025-03-02T12:00:00Z");
    static final Duration TARGET = Duration.ofMinutes(15);

    private final List<Long> seeds;
    private final ImpactSettings settings;
    private final AttributionSettings attribution;
    private final Duration outOfOrderness;
    private final PrintWriter out;

    public ImpactEvaluation(List<Long> seeds, ImpactSettings settings, AttributionSettings attribution,
            Duration outOfOrderness, PrintWriter out) {
        this.seeds = seeds;
        this.settings = settings;
        this.attribution = attribution;
        this.outOfOrderness = outOfOrderness;
        this.out = out;
    }

    /** One planted effect or risk in one seed's scenario, and the notice that answered it (null: none). */
    record Outcome(long seed, String item, String kind, Instant onset, Instant keyDetectableAt,
            Instant detectableAt, Instant notifiedAt, boolean initiativeNamed) {

        Duration delay() {
            return notifiedAt == null || detectableAt == null ? null : Duration.between(detectableAt, notifiedAt);
        }
    }

    /** Everything scored, for the table and for tests. */
    public record Result(List<Outcome> outcomes, int falseEffects, int noEffectInitiatives, List<String> unplannedRisks,
            int repeatedRisks, int otherEffects, int digests, int notices, long events) {

        public boolean meetsTarget() {
            return falseEffects == 0 && outcomes.stream().allMatch(o -> o.delay() != null
                    && o.delay().compareTo(TARGET) <= 0);
        }
    }

    public Result run() {
        TextUnderstanding understanding = TextUnderstanding.standard();
        List<Outcome> outcomes = new ArrayList<>();
        int falseEffects = 0;
        int noEffect = 0;
        List<String> unplannedRisks = new ArrayList<>();
        int repeats = 0;
        int otherEffects = 0;
        int digests = 0;
        int notices = 0;
        long events = 0;
        for (long seed : seeds) {
            ImpactScenario scenario = ImpactScenario.generate(seed, START);
            Map<ScenarioEvent, Feedback> read = new IdentityHashMap<>();
            for (ScenarioEvent event : scenario.scenario().events()) {
                if (event.initiative() == null) {
                    read.put(event, understanding.enrich(event.review() != null
                            ? Feedback.of(event.review()) : Feedback.of(event.mention())));
                }
            }
            List<ImpactNotification> sent = replay(scenario, read);
            events += scenario.scenario().events().size();
            notices += sent.size();
            digests += (int) sent.stream().filter(n -> n.type() == ImpactType.DAILY_DIGEST).count();
            List<ImpactNotification> matched = new ArrayList<>();
            for (PlantedEffect effect : scenario.effects()) {
                List<ImpactNotification> calls = sent.stream()
                        .filter(n -> n.type() == ImpactType.SIGNIFICANT_EFFECT
                                && effect.initiativeId().equals(n.initiativeId()))
                        .toList();
                matched.addAll(calls);
                if (effect.direction() == PlantedEffect.Direction.NONE) {
                    noEffect++;
                    falseEffects += calls.size();
                    continue;
                }
                int sign = effect.direction() == PlantedEffect.Direction.POSITIVE ? 1 : -1;
                ImpactNotification first = calls.stream()
                        .filter(n -> Math.signum(n.initiatives().get(0).effect().estimate()) == sign)
                        .findFirst().orElse(null);
                Instant asRead = EffectDetectability.detectableAt(scenario.scenario(), effect, e -> {
                    Sentiment s = read.get(e).sentimentOrUnknown();
                    return s.isKnown() ? s.score() : Double.NaN;
                });
                outcomes.add(new Outcome(seed, effect.initiativeId(), "effect " + effect.direction().name()
                        .toLowerCase(), effect.onset(), effect.detectableAt(), asRead, emitted(first),
                        first != null));
            }
            for (PlantedRisk risk : scenario.risks()) {
                List<ImpactNotification> answers = sent.stream()
                        .filter(n -> n.type() == ImpactType.RISK && n.risk() == risk.risk()
                                && risk.storeId().equals(n.storeId()) && !n.createdAt().isBefore(risk.onset())
                                && n.createdAt().isBefore(risk.onset().plus(Duration.ofHours(1))))
                        .toList();
                ImpactNotification first = answers.isEmpty() ? null : answers.get(0);
                matched.addAll(answers);
                repeats += Math.max(0, answers.size() - 1);
                outcomes.add(new Outcome(seed, risk.id(), "risk " + kebab(risk.risk().name()), risk.onset(),
                        risk.detectableAt(), risk.detectableAt(), emitted(first),
                        first != null && risk.initiativeId().equals(first.initiativeId())));
            }
            for (ImpactNotification n : sent) {
                if (!matched.contains(n) && n.type() == ImpactType.RISK) {
                    unplannedRisks.add("seed " + seed + ": " + kebab(n.risk().name()) + " at " + n.storeId() + " "
                            + n.createdAt() + " (" + String.join(", ", n.riskEvidence().matched()) + ")");
                } else if (!matched.contains(n) && n.type() == ImpactType.SIGNIFICANT_EFFECT) {
                    otherEffects++;
                }
            }
        }
        Result result = new Result(outcomes, falseEffects, noEffect, unplannedRisks, repeats, otherEffects, digests,
                notices, events);
        print(result);
        return result;
    }

    /** The scenario through text understanding, attribution, routing and the impact stage, in time order. */
    private List<ImpactNotification> replay(ImpactScenario scenario, Map<ScenarioEvent, Feedback> read) {
        ImpactSettings seeded = settings.withOfficialCommunication(scenario.official());
        ImpactReplay impact = new ImpactReplay(seeded, outOfOrderness);
        Map<String, Initiative> registry = new LinkedHashMap<>();
        InitiativeMatcher matcher = new InitiativeMatcher(List.of(), attribution);
        ImpactRouting routing = new ImpactRouting(List.of(), attribution.contextTail());
        ReplayedAttribution attributions = new ReplayedAttribution();
        List<ImpactNotification> sent = new ArrayList<>();
        for (ScenarioEvent event : scenario.scenario().events()) {
            if (event.initiative() != null) {
                registry.put(event.initiative().id(), event.initiative());
                matcher.close();
                matcher = new InitiativeMatcher(registry.values(), attribution);
                routing = new ImpactRouting(registry.values(), attribution.contextTail());
                continue;
            }
            Feedback feedback = read.get(event);
            feedback = feedback.withAttributions(attributions.attribute(matcher, feedback));
            for (StoreFeedback routed : routing.route(feedback)) {
                sent.addAll(impact.accept(routed));
            }
        }
        matcher.close();
        sent.addAll(impact.finish(scenario.scenario().start().plus(scenario.scenario().length())));
        return sent;
    }

    private Instant emitted(ImpactNotification notice) {
        return notice == null ? null : notice.createdAt().plus(outOfOrderness);
    }

    private void print(Result result) {
        out.printf("Impact scenario seeds %s: %,d events, %,d notices (%d daily digests). Time of a notice: the end of"
                + " the bucket that made it plus the %d s out-of-orderness allowance.%n%n", seeds, result.events(),
                result.notices(), result.digests(), outOfOrderness.toSeconds());
        out.println("| planted | kind | detectable after onset (answer key) | detectable after onset (as read) |"
                + " notified after detectable: median | max | within 15 min | notice names the initiative |");
        out.println("|---|---|---|---|---|---|---|---|");
        Map<String, List<Outcome>> byItem = new LinkedHashMap<>();
        result.outcomes().forEach(o -> byItem.computeIfAbsent(o.item(), i -> new ArrayList<>()).add(o));
        byItem.forEach((item, list) -> {
            List<Double> byKey = list.stream().filter(o -> o.keyDetectableAt() != null)
                    .map(o -> minutes(Duration.between(o.onset(), o.keyDetectableAt()))).toList();
            List<Double> detectable = list.stream().filter(o -> o.detectableAt() != null)
                    .map(o -> minutes(Duration.between(o.onset(), o.detectableAt()))).toList();
            List<Double> delays = list.stream().filter(o -> o.delay() != null).map(o -> minutes(o.delay())).toList();
            long within = list.stream().filter(o -> o.delay() != null && o.delay().compareTo(TARGET) <= 0).count();
            long named = list.stream().filter(Outcome::initiativeNamed).count();
            out.printf("| %s | %s | %s | %s | %s | %s | %d/%d | %d/%d |%n", item, list.get(0).kind(), median(byKey),
                    median(detectable), median(delays), max(delays), within, list.size(), named, list.size());
        });
        for (Outcome o : result.outcomes()) {
            if (o.delay() == null || o.delay().compareTo(TARGET) > 0) {
                out.printf("%nLate or missed: seed %d, %s: detectable at %s, notified %s.", o.seed(), o.item(),
                        o.detectableAt(), o.notifiedAt() == null ? "never" : "at " + o.notifiedAt());
            }
        }
        out.printf("%nNo-effect initiatives: %d significant-effect notices over %d initiative runs (false"
                        + " notifications). Risk notices matching no planted risk: %s. Second notices within the hour"
                        + " of a planted risk: %d. Significant-effect notices for"
                        + " initiatives whose effect was not planted (the risk bursts'): %d. Target (every planted"
                        + " effect and risk within 15 min, no false effect): %s.%n",
                result.falseEffects(), result.noEffectInitiatives(), result.unplannedRisks().isEmpty() ? "none"
                        : result.unplannedRisks().size() + " (" + String.join("; ", result.unplannedRisks()) + ")",
                result.repeatedRisks(), result.otherEffects(),
                result.meetsTarget() ? "met" : "NOT met");
        out.flush();
    }

    private static double minutes(Duration d) {
        return d.toMillis() / 60_000.0;
    }

    private static String median(List<Double> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format("%.1f min", m);
    }

    private static String max(List<Double> values) {
        return values.isEmpty() ? "-" : String.format("%.1f min", values.stream().mapToDouble(v -> v).max().orElse(0));
    }

    private static String kebab(String enumName) {
        return enumName.toLowerCase().replace('_', '-');
    }
}
