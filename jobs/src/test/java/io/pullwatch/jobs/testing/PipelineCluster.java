package io.pullwatch.jobs.testing;

import io.pullwatch.connectors.embedded.EmbeddedKafkaBroker;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.pipeline.FeedbackPipeline;
import io.pullwatch.jobs.pipeline.KafkaPipelineIO;
import io.pullwatch.jobs.pipeline.PipelineEnvironment;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.util.TestStreamEnvironment;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the pipeline's integration tests run on: a real in-process Kafka broker and a Flink MiniCluster with one task
 * manager of two slots, and the pipeline configured against them with topics of its own per test run. A JUnit
 * extension: register it in a static field and it starts before the class's tests and stops after them.
 */
public final class PipelineCluster implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedKafkaBroker kafka;
    private MiniCluster flink;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        kafka = EmbeddedKafkaBroker.start(0);
        Configuration conf = new Configuration();
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(64));
        // Any free port: another cluster on the machine (a demo, a parallel build) must not fail the tests.
        conf.set(RestOptions.BIND_PORT, "0");
        flink = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(conf)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(2).build());
        flink.start();
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public MiniCluster flink() {
        return flink;
    }

    /** Configuration for one run: its own consumer group, transactional ids and topic names, all created. */
    public PullwatchConfig configFor(String run) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put("kafka.bootstrap-servers", kafka.bootstrapServers());
        settings.put("kafka.group-id", "it-" + run);
        settings.put("kafka.starting-offsets", "EARLIEST");
        settings.put("pipeline.checkpoint-interval", "500 ms");
        settings.put("pipeline.transactional-id-prefix", "it-" + run);
        settings.put("pipeline.source-idleness", "1 s");
        for (TopicSpec<?> topic : Topics.ALL) {
            settings.put("topic." + topic.logicalName(), run + "." + topic.logicalName());
        }
        PullwatchConfig config = PullwatchConfig.of(settings);
        for (TopicSpec<?> topic : Topics.ALL) {
            kafka.createTopic(config.topicName(topic), topic.partitions(), topic.compacted());
        }
        return config;
    }

    /** The pipeline, unbounded, at parallelism 2. */
    public JobClient startPipeline(PullwatchConfig config, String name) throws Exception {
        TestStreamEnvironment env = new TestStreamEnvironment(flink, 2);
        PipelineEnvironment.configure(env, config);
        KafkaPipelineIO io = new KafkaPipelineIO(config);
        new FeedbackPipeline(config).defineWorkflow(env, io.sources(false), io.sinks());
        return env.executeAsync(name);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (flink != null) {
                flink.close();
            }
        } finally {
            if (kafka != null) {
                kafka.close();
            }
        }
    }
}
