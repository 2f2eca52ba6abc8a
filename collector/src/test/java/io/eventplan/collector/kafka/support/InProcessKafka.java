package io.eventplan.collector.kafka.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) inside the test JVM, on loopback ports,
 * from the org.apache.kafka artifacts alone: no Docker, no ZooKeeper. It can be stopped and started again on the
 * same port with the same log directory (data and committed offsets survive), which is what the fault tests need.
 * It uses Kafka-internal classes (KafkaRaftServer, KafkaConfig, Formatter), which may change between releases;
 * found to work on 4.0 to 4.4 (notes: docs/scaling.md#tests).
 */
public final class InProcessKafka implements AutoCloseable {
  private static final int NODE_ID = 1;
  private static final String CONTROLLER = "CONTROLLER";

  static {
    stopKafkaFromEndingTheJvm();
  }

  private final Path logDir;
  private final int brokerPort;
  private final int controllerPort;
  private final String clusterId = Uuid.randomUuid().toString();
  private volatile KafkaRaftServer server;

  private InProcessKafka(Path logDir, int brokerPort, int controllerPort) {
    this.logDir = logDir;
    this.brokerPort = brokerPort;
    this.controllerPort = controllerPort;
  }

  /** Formats a new temporary log directory and starts a broker on free loopback ports. */
  public static InProcessKafka start() {
    Path dir;
    try {
      dir = Files.createTempDirectory("eventplan-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    InProcessKafka kafka = new InProcessKafka(dir, freePort(), freePort());
    try {
      kafka.format();
      kafka.startServer();
    } catch (RuntimeException | Error e) {
      deleteRecursively(dir);
      throw e;
    }
    return kafka;
  }

  /** {@code 127.0.0.1:PORT}, for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + brokerPort;
  }

  public boolean running() {
    return server != null;
  }

  /** Stops the broker; its log directory, hence every record and committed offset, is kept. */
  public synchronized void stop() {
    KafkaRaftServer running = server;
    if (running == null) {
      return;
    }
    server = null;
    running.shutdown();
    running.awaitShutdown();
  }

  /** Starts the stopped broker again on the same ports and log directory, and waits until it serves. */
  public synchronized void restart() {
    stop();
    startServer();
  }

  /** Stops the broker and deletes its log directory. */
  @Override
  public synchronized void close() {
    try {
      stop();
    } finally {
      deleteRecursively(logDir);
    }
  }

  private Properties config() {
    Map<String, String> p = new HashMap<>();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    p.put("controller.listener.names", CONTROLLER);
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    // one node: every internal topic with one replica, few partitions, no delay before the first rebalance
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("num.partitions", "1");
    p.put("auto.create.topics.enable", "false");
    p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
    // the log cleaner's buffer is allocated on the heap at start: 128 MiB by default
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
    Properties properties = new Properties();
    properties.putAll(p);
    return properties;
  }

  /** What {@code kafka-storage format} does. */
  private void format() {
    KafkaConfig config = KafkaConfig.fromProps(config());
    try {
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(config.nodeId())
          .setClusterId(clusterId)
          .setControllerListenerName(CONTROLLER)
          .setMetadataLogDirectory(config.metadataLogDir())
          .addDirectory(logDir.toString())
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("formatting " + logDir + " failed", e);
    }
  }

  private void startServer() {
    KafkaRaftServer started = new KafkaRaftServer(KafkaConfig.fromProps(config()), Time.SYSTEM);
    try {
      started.startup();
    } catch (RuntimeException e) {
      try {
        started.shutdown();
        started.awaitShutdown();
      } catch (RuntimeException ignored) {
        // the start failure is what matters
      }
      throw e;
    }
    server = started;
    awaitServing(Duration.ofSeconds(60));
  }

  /**
   * Serving: every partition of every topic answers ListOffsets, which only its leader's replica manager does once
   * the partition is online. Until then an idempotent producer may lose its first batch (KAFKA-15591).
   */
  private void awaitServing(Duration timeout) {
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin = Admin.create(properties)) {
      while (true) {
        try {
          Set<String> topics = new HashSet<>(admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
              .get(3, TimeUnit.SECONDS));
          Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
          admin.describeTopics(topics).allTopicNames().get(3, TimeUnit.SECONDS).values().forEach(d ->
              d.partitions().forEach(p -> specs.put(new TopicPartition(d.name(), p.partition()),
                  OffsetSpec.latest())));
          if (!specs.isEmpty()) {
            admin.listOffsets(specs).all().get(3, TimeUnit.SECONDS);
          }
          return;
        } catch (Exception e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the broker did not serve within " + timeout, e);
          }
        }
        sleep(50);
      }
    }
  }

  /**
   * Kafka calls Exit.halt or Exit.exit on fatal errors, which would end the test JVM ("the forked VM terminated
   * without saying goodbye"); they throw instead. Reflection, because the class moved in Kafka 4.4.
   */
  private static void stopKafkaFromEndingTheJvm() {
    for (String name : List.of("org.apache.kafka.common.utils.internals.Exit", "org.apache.kafka.common.utils.Exit")) {
      try {
        Class<?> exit = Class.forName(name);
        Class<?> procedure = Class.forName(name + "$Procedure");
        for (String what : List.of("Halt", "Exit")) {
          Object refuse = Proxy.newProxyInstance(procedure.getClassLoader(), new Class<?>[] {procedure},
              (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                  return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "refusing Exit." + what.toLowerCase();
                  };
                }
                throw new IllegalStateException("Kafka called Exit." + what.toLowerCase() + "(" + args[0] + "): "
                    + args[1]);
              });
          exit.getMethod("set" + what + "Procedure", procedure).invoke(null, refuse);
        }
        return;
      } catch (ClassNotFoundException e) {
        // the other place
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Kafka's Exit class was not found");
  }

  /**
   * A free loopback port. The static quorum needs the controller's port before the start, and a restart the same
   * broker port, so both are chosen up front (another process could take one meanwhile; it never did here).
   */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException ignored) {
          // best effort: a temp dir
        }
      });
    } catch (IOException ignored) {
      // best effort
    }
  }
}
