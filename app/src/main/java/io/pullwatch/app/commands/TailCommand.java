package io.pullwatch.app.commands;

import io.pullwatch.app.console.RecordFormatter;
import io.pullwatch.app.console.TopicFollower;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints a topic readably as records arrive. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print a topic readably (alerts, feedback, dead-letters, impact, or any Kafka topic name).")
public final class TailCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Parameters(paramLabel = "TOPIC", description = "Logical topic name (e.g. alerts) or a Kafka topic name.")
    String topic;

    @Option(names = "--from-beginning", description = "Start from the oldest record instead of new ones only.")
    boolean fromBeginning;

    @Option(names = "--raw", description = "Print the records' JSON as is.")
    boolean raw;

    @Override
    public Integer call() {
        PullwatchConfig config = configOptions.load();
        TopicSpec<?> spec = Topics.ALL.stream()
                .filter(t -> t.logicalName().equals(topic) || config.topicName(t).equals(topic))
                .findFirst().orElse(null);
        String kafkaTopic = spec == null ? topic : config.topicName(spec);
        RecordFormatter formatter = new RecordFormatter(JsonMappers.create());
        TopicFollower follower = new TopicFollower(config.get(PullwatchOptions.BOOTSTRAP_SERVERS), kafkaTopic,
                fromBeginning, record -> System.out.println(raw || spec == null
                        ? new String(record.value() == null ? new byte[0] : record.value(),
                                StandardCharsets.UTF_8)
                        : formatter.format(spec, record.value())));
        Runtime.getRuntime().addShutdownHook(new Thread(follower::stop));
        System.err.println("Following " + kafkaTopic + " (read_committed). Ctrl-C to stop.");
        follower.run();
        return 0;
    }
}
