package io.pullwatch.app.commands;

import io.pullwatch.app.console.ProgressBar;
import io.pullwatch.app.runtime.Publisher;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.replay.JsonLines;
import io.pullwatch.connectors.replay.RecordedLineMapper;
import io.pullwatch.connectors.replay.ReplayPublisher;
import io.pullwatch.connectors.replay.ReplayRecord;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Publishes recorded streams (JSON lines, optionally gzipped) to Pullwatch's input topics. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Publish recorded streams to the input topics, with a progress bar.",
                "Reads the project's own contracts, scenario files and the shared datasets' format "
                        + "(reviews go to the reviews topic, mentions and reshares to the mentions topic)."})
public final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON-lines files (.jsonl or .jsonl.gz).")
    List<Path> files;

    @Option(names = "--topic", paramLabel = "TOPIC",
            description = "Send every record to this input topic (logical name such as reviews, or its Kafka name).")
    String topic;

    @Option(names = "--speed", defaultValue = "0",
            description = "Event-time seconds per real second; 0 (default) publishes as fast as possible.")
    double speed;

    @Override
    public Integer call() throws Exception {
        PullwatchConfig config = configOptions.load();
        TopicSpec<?> forced = topic == null ? null : resolve(config, topic);
        RecordedLineMapper mapper = new RecordedLineMapper(JsonMappers.create());
        TopicSpec<?> defaultTopic = forced == null ? Topics.REVIEWS : forced;
        long total = 0;
        try (Publisher publisher = new Publisher(config)) {
            for (Path file : files) {
                if (!Files.isReadable(file)) {
                    throw new IllegalArgumentException("cannot read " + file);
                }
                ProgressBar bar = new ProgressBar(System.err, file.getFileName().toString(), JsonLines.count(file));
                try (BufferedReader lines = JsonLines.open(file)) {
                    long sent = publisher.publish(ReplayPublisher.lines(lines, line -> {
                        ReplayRecord record = mapper.map(line, defaultTopic);
                        return forced == null ? record
                                : new ReplayRecord(forced, record.key(), record.eventTime(), record.value());
                    }), speed, bar::update);
                    bar.finish(sent);
                    total += sent;
                }
            }
        }
        System.err.printf("Published %,d records to %s.%n", total, config.get(PullwatchOptions.BOOTSTRAP_SERVERS));
        return 0;
    }

    /** Accepts a logical input topic name or the Kafka topic configured for one. */
    static TopicSpec<?> resolve(PullwatchConfig config, String name) {
        for (TopicSpec<?> input : List.of(Topics.REVIEWS, Topics.MENTIONS, Topics.INITIATIVES)) {
            if (input.logicalName().equals(name) || config.topicName(input).equals(name)) {
                return input;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not an input topic; expected reviews, mentions or"
                + " initiatives, or their configured Kafka names");
    }
}
