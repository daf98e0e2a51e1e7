package io.pullwatch.app.commands;

import io.pullwatch.app.runtime.EmbeddedRuntime;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the pipeline in a local Flink environment against an external Kafka. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the pipeline on a local Flink environment against the Kafka named in the configuration.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--bounded", description = "Stop at the offsets that are latest at start (a backfill), then exit.")
    boolean bounded;

    @Override
    public Integer call() throws Exception {
        PullwatchConfig config = configOptions.load();
        System.out.println("Pipeline reading " + config.topicName(Topics.REVIEWS) + ", "
                + config.topicName(Topics.MENTIONS) + " from "
                + config.get(PullwatchOptions.BOOTSTRAP_SERVERS) + (bounded ? " (bounded)" : "") + ". Ctrl-C to stop.");
        JobClient job = EmbeddedRuntime.submit(config, bounded);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> job.cancel()));
        job.getJobExecutionResult().get();
        return 0;
    }
}
