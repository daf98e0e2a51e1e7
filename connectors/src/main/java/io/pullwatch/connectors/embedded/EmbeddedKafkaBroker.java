package io.pullwatch.connectors.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;

/**
 * A single-node Kafka broker running in this JVM, in KRaft combined mode (broker and controller
 * in one process, no ZooKeeper), for integration tests and the {@code demo} command.
 *
 * <p>Everything listens on 127.0.0.1 and lives in a fresh temp directory that {@link #close()}
 * deletes. Internal topics use replication factor 1 so that transactions and consumer groups
 * work on a single node.
 *
 * <p>Kafka logs through SLF4J; to keep it quiet, set the loggers {@code kafka},
 * {@code org.apache.kafka} and {@code state.change.logger} to WARN in the log4j2 configuration.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KafkaRaftServer server;
    private final Admin admin;
    private final Path baseDir;
    private final String bootstrapServers;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Admin admin, Path baseDir, String bootstrapServers) {
        this.server = server;
        this.admin = admin;
        this.baseDir = baseDir;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker on a free loopback port (or the given port when > 0), with a fresh temp log dir deleted on close. */
    public static EmbeddedKafkaBroker start(int port) throws Exception {
        // The voter list and advertised listener must name real ports before the server binds
        // them, so port 0 cannot be handed to Kafka; pick free ports up front instead.
        int[] free = freePorts(2);
        int brokerPort = port > 0 ? port : free[0];
        int controllerPort = free[1] != brokerPort ? free[1] : free[0];
        Path baseDir = Files.createTempDirectory("embedded-kafka-");
        KafkaRaftServer server = null;
        try {
            Properties props = brokerProperties(baseDir.resolve("data"), brokerPort, controllerPort);
            // The storage formatter (kafka-storage.sh format) reads its settings from a file.
            Path configFile = baseDir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(configFile)) {
                props.store(out, "embedded Kafka broker");
            }
            format(configFile);

            server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
            server.startup();

            String bootstrap = "127.0.0.1:" + brokerPort;
            Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
            try {
                admin.describeCluster().nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                admin.close(Duration.ZERO);
                throw e;
            }
            return new EmbeddedKafkaBroker(server, admin, baseDir, bootstrap);
        } catch (Throwable e) {
            if (server != null) {
                server.shutdown();
                server.awaitShutdown();
            }
            Utils.delete(baseDir.toFile());
            throw e;
        }
    }

    /** The client listener, e.g. {@code 127.0.0.1:39092}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates topics if absent (idempotent); compacted=true sets cleanup.policy=compact. Waits until created. */
    public void createTopic(String name, int partitions, boolean compacted) throws Exception {
        NewTopic topic = new NewTopic(name, partitions, (short) 1);
        if (compacted) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        awaitLeaders(name);
    }

    /**
     * The controller acknowledges a new topic before the broker's metadata cache has caught up;
     * waiting for every partition to have a leader means clients can use the topic at once.
     */
    private void awaitLeaders(String name) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                TopicDescription description = admin.describeTopics(List.of(name)).allTopicNames()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(name);
                if (description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topic " + name + " has no leader after " + TIMEOUT);
            }
            Thread.sleep(20);
        }
    }

    /** Shuts down cleanly and deletes the temp dir; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        admin.close(Duration.ofSeconds(5));
        server.shutdown();
        server.awaitShutdown();
        try {
            Utils.delete(baseDir.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Could not delete " + baseDir, e);
        }
    }

    private static Properties brokerProperties(Path dataDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        // KRaft combined mode: this node is the only broker and the only controller voter.
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.toString());

        // Tests create their topics explicitly, so a typo must fail instead of creating a topic.
        p.put("auto.create.topics.enable", "false");

        // Internal topics default to replication factor 3 and would never be created on one
        // node; one partition each also keeps coordinator start-up quick.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "1");
        // No point waiting for more members to join when tests start a single consumer.
        p.put("group.initial.rebalance.delay.ms", "0");

        // Sized for a small test machine: fewer threads, small segments and index files, and a
        // 2 MiB log-cleaner buffer instead of the default 128 MiB that is allocated up front.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("group.coordinator.threads", "1");
        p.put("log.segment.bytes", String.valueOf(8 * 1024 * 1024));
        p.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        p.put("offsets.topic.segment.bytes", String.valueOf(8 * 1024 * 1024));
        p.put("transaction.state.log.segment.bytes", String.valueOf(8 * 1024 * 1024));
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        return p;
    }

    /** Writes meta.properties and the bootstrap metadata, as {@code kafka-storage.sh format} does. */
    private static void format(Path configFile) throws Exception {
        String[] args = {"format", "--config", configFile.toString(), "--cluster-id", Uuid.randomUuid().toString()};
        int exitCode = StorageTool.execute(args, new PrintStream(OutputStream.nullOutputStream()));
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting " + configFile.getParent() + " failed with exit code " + exitCode);
        }
    }

    /**
     * {@code count} distinct free loopback ports. The sockets are held open together until all are picked: one at a
     * time, the system may hand out a port it has just released, and the broker and the controller then clash on it.
     */
    static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }
}
