package io.pullwatch.app.runtime;

import io.pullwatch.connectors.embedded.EmbeddedKafkaBroker;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.pipeline.FeedbackPipeline;
import io.pullwatch.jobs.pipeline.KafkaPipelineIO;
import io.pullwatch.jobs.pipeline.PipelineEnvironment;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Everything on one machine: an in-process Kafka broker with Pullwatch's topics, and the pipeline on a local Flink
 * MiniCluster. Closing it cancels the job and stops the broker.
 */
public final class EmbeddedRuntime implements AutoCloseable {

    private final EmbeddedKafkaBroker kafka;
    private final PullwatchConfig config;
    private JobClient job;

    private EmbeddedRuntime(EmbeddedKafkaBroker kafka, PullwatchConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    /** Starts the broker on {@code kafkaPort} (0: any free port) and creates every topic. */
    public static EmbeddedRuntime start(int kafkaPort, PullwatchConfig base) throws Exception {
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(kafkaPort);
        try {
            PullwatchConfig config = base.with(Map.of("kafka.bootstrap-servers", kafka.bootstrapServers()));
            for (TopicSpec<?> topic : Topics.ALL) {
                kafka.createTopic(config.topicName(topic), topic.partitions(), topic.compacted());
            }
            return new EmbeddedRuntime(kafka, config);
        } catch (Exception e) {
            kafka.close();
            throw e;
        }
    }

    public PullwatchConfig config() {
        return config;
    }

    /** Creates an extra topic on the embedded broker (idempotent). */
    public void createTopic(String name, int partitions, boolean compacted) throws Exception {
        kafka.createTopic(name, partitions, compacted);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Submits the pipeline to a local MiniCluster and returns at once. */
    public JobClient startPipeline(boolean bounded) throws Exception {
        job = submit(config, bounded);
        return job;
    }

    /** Runs the pipeline for {@code config} on a local MiniCluster (also used against an external Kafka). */
    public static JobClient submit(PullwatchConfig config, boolean bounded) throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(PipelineEnvironment.flinkConfiguration(config));
        PipelineEnvironment.configure(env, config);
        KafkaPipelineIO io = new KafkaPipelineIO(config);
        new FeedbackPipeline(config).defineWorkflow(env, io.sources(bounded), io.sinks());
        return env.executeAsync("pullwatch-feedback");
    }

    @Override
    public void close() {
        if (job != null) {
            try {
                job.cancel().get();
            } catch (Exception alreadyFinished) {
                // A finished or failed job cannot be cancelled; either way it no longer runs.
            }
        }
        kafka.close();
    }
}
