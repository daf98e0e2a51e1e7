package io.pullwatch.jobs.pipeline;

import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.time.Duration;
import java.nio.file.Path;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Applies Pullwatch's runtime settings to a Flink environment: parallelism, checkpoints, restarts, no Kryo. */
public final class PipelineEnvironment {

    private PipelineEnvironment() {}

    /** Flink settings for this configuration; also used to start a local environment. */
    public static Configuration flinkConfiguration(PullwatchConfig config) {
        Configuration flink = new Configuration();
        // Every event type is a POJO or record; falling back to Kryo would be a silent performance bug.
        flink.set(PipelineOptions.GENERIC_TYPES, false);
        // Every event is an immutable record, so chained operators may share instances instead of copying them.
        flink.set(PipelineOptions.OBJECT_REUSE, true);
        flink.set(ExecutionOptions.BUFFER_TIMEOUT, config.get(PullwatchOptions.BUFFER_TIMEOUT));
        flink.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        flink.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDirectory(config));
        flink.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        flink.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 10);
        flink.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
        return flink;
    }

    /** The configured checkpoint URI, or a directory under the system's temporary directory. */
    static String checkpointDirectory(PullwatchConfig config) {
        String configured = config.get(PullwatchOptions.CHECKPOINT_DIR).strip();
        if (!configured.isEmpty()) {
            return configured.contains("://") ? configured : Path.of(configured).toAbsolutePath().toUri().toString();
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "pullwatch-checkpoints").toUri().toString();
    }

    public static void configure(StreamExecutionEnvironment env, PullwatchConfig config) {
        env.configure(flinkConfiguration(config));
        env.setParallelism(config.get(PullwatchOptions.PARALLELISM));
        env.enableCheckpointing(config.get(PullwatchOptions.CHECKPOINT_INTERVAL).toMillis(), CheckpointingMode.EXACTLY_ONCE);
    }
}
