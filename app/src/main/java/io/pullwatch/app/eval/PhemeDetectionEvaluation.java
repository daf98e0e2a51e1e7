package io.pullwatch.app.eval;

import static io.pullwatch.app.eval.SimulatedDetectionEvaluation.minutes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.app.backtest.Backtest;
import io.pullwatch.connectors.replay.JsonLines;
import io.pullwatch.core.detection.Scopes;
import io.pullwatch.core.evaluation.Detection;
import io.pullwatch.core.json.JsonMappers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Detection on the real PHEME bursts: the source posts of nine breaking-news events of 2014–15. Each event's posts
 * name it as their entity, which the dataset mapping turns into a store hint, so each event lands in its own scope
 * {@code store:<event>}. For each event and each detector: when the first alert on that scope came after the
 * event's first post, and how many episodes it had; then alerts that came outside every event's span.
 */
final class PhemeDetectionEvaluation {

    /** After an event's last post, a detector may still be catching up for this long. */
    private static final Duration TOLERANCE = Duration.ofMinutes(10);

    /** One news event: its scope, its first and last posts, and how many there are. */
    record NewsEvent(String name, String scope, Instant first, Instant last, int posts) {
        boolean spans(Instant at) {
            return !at.isBefore(first) && !at.isAfter(last.plus(TOLERANCE));
        }
    }

    private final Backtest backtest;
    private final Path file;
    private final PrintWriter out;
    private final PrintStream progress;

    PhemeDetectionEvaluation(Backtest backtest, DevCorpora corpora, PrintWriter out, PrintStream progress) {
        this.backtest = backtest;
        this.file = corpora.file("pheme");
        this.out = out;
        this.progress = progress;
    }

    void run() throws Exception {
        List<NewsEvent> events = events();
        DetectionRun run = DetectionRun.of(backtest, file);
        progress.printf("PHEME: %,d posts, pipeline %,d episodes in %.0f s%n", run.summary().feedback(),
                run.pipeline().size(), run.summary().elapsed().toMillis() / 1000.0);
        Map<String, List<Detection>> detectors = new LinkedHashMap<>();
        detectors.put("pipeline", run.pipeline());
        detectors.put("vendor rule", run.vendor());
        detectors.put("Poisson", run.poisson());

        out.printf("%,d source posts of %d news events. Per detector: time to detect = first alert on the event's own "
                + "scope minus its first post (episodes there, in brackets); then the first alert on any scope during the "
                + "event (the brand counts every post).%n%n", run.summary().feedback(), events.size());
        out.print("| event | posts | first post (UTC) | span |");
        detectors.keySet().forEach(name -> out.printf(" %s |", name));
        out.println();
        out.println("|---|---|---|---|" + "---|".repeat(detectors.size()));
        for (NewsEvent event : events) {
            out.printf("| %s | %,d | %s | %s |", event.name(), event.posts(), event.first().toString().replace("T", " "),
                    hours(Duration.between(event.first(), event.last())));
            for (List<Detection> detections : detectors.values()) {
                List<Detection> during = detections.stream().filter(d -> event.spans(d.at())).toList();
                List<Detection> onScope = during.stream().filter(d -> d.baseScope().equals(event.scope())).toList();
                out.printf(" %s (%d); %s |", firstAfter(event, onScope), onScope.size(), firstAfter(event, during));
            }
            out.println();
        }
        out.println();
        out.printf("Alerts outside every event's span (first post to last post + 10 min): %s.%n",
                detectors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().stream()
                        .filter(d -> events.stream().noneMatch(event -> event.spans(d.at()))).count())
                        .collect(Collectors.joining(", ")));
        Map<String, Long> kinds = new TreeMap<>(run.pipeline().stream()
                .collect(Collectors.groupingBy(PhemeDetectionEvaluation::kindOf, Collectors.counting())));
        out.printf("The pipeline's episodes by kind of scope: %s.%n%n", kinds.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        out.flush();
    }

    private static String firstAfter(NewsEvent event, List<Detection> detections) {
        return detections.isEmpty() ? "none" : minutes(Duration.between(event.first(), detections.get(0).at()));
    }

    /** {@code store}, {@code brand}, {@code cascade}, …: what a scope is about, before the colon. */
    private static String kindOf(Detection detection) {
        String scope = detection.scope();
        int colon = scope.indexOf(':');
        String kind = colon < 0 ? scope : scope.substring(0, colon);
        return scope.contains("|") ? kind + " × " + scope.substring(scope.indexOf('|') + 1).split(":")[0] : kind;
    }

    /** The events in order of their first post, from the posts' gold labels and entities. */
    private List<NewsEvent> events() throws IOException {
        ObjectMapper json = JsonMappers.create();
        Map<String, List<Instant>> byEvent = new LinkedHashMap<>();
        Map<String, String> entities = new LinkedHashMap<>();
        try (BufferedReader lines = JsonLines.open(file)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = json.readTree(line);
                String event = row.path("gold").path("event").asText(row.path("entity_id").asText());
                entities.putIfAbsent(event, row.path("entity_id").asText());
                byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(Instant.parse(row.path("ts").asText()));
            }
        }
        List<NewsEvent> events = new ArrayList<>();
        byEvent.forEach((name, times) -> {
            times.sort(null);
            events.add(new NewsEvent(name, Scopes.STORE_PREFIX + entities.get(name), times.get(0),
                    times.get(times.size() - 1), times.size()));
        });
        events.sort(Comparator.comparing(NewsEvent::first));
        return events;
    }

    private static String hours(Duration duration) {
        return String.format("%.1f h", duration.toMinutes() / 60.0);
    }
}
