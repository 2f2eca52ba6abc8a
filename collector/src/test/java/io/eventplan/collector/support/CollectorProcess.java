package io.eventplan.collector.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real collector ({@code io.eventplan.collector.Main}) in a JVM of its own, started with the
 * test JVM's java and the collector's main class path (without the test classes), configured by
 * EVENTPLAN_* variables, so that a test can kill it with SIGKILL. It serves the test plan from the test
 * classes directory as a plan bundle ({@code EVENTPLAN_PLAN_BUNDLE}), as a deployed collector serves a bundle.
 */
public final class CollectorProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private CollectorProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a collector on {@code port} with these variables; its output goes to {@code log}. */
  public static CollectorProcess start(int port, Map<String, String> env, Path log) {
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-cp", mainClassPath(), "io.eventplan.collector.Main"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("EVENTPLAN_"));
    builder.environment().put("EVENTPLAN_PLAN_BUNDLE", testPlanDirectory());
    builder.environment().putAll(env);
    builder.environment().put("EVENTPLAN_PORT", Integer.toString(port));
    try {
      return new CollectorProcess(builder.start(), port, log);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the collector process", e);
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public int port() {
    return port;
  }

  /** Waits until /health/ready answers 200. */
  public void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("the collector process ended with " + process.exitValue() + ":\n" + output());
      }
      try {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/health/ready"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      RunningCollector.sleep(100);
    }
    throw new AssertionError("the collector process was not ready after " + timeout + ":\n" + output());
  }

  /** SIGKILL (on Linux): no shutdown hook runs, nothing is flushed or committed on the way out. */
  public void kill() {
    process.destroyForcibly();
    waitFor(10);
  }

  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      if (!waitFor(15)) {
        process.destroyForcibly();
        waitFor(10);
      }
    }
  }

  private boolean waitFor(int seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * The test JVM's class path less the test classes: the test resources hold a changelog at the
   * main one's path, which Liquibase refuses to find twice.
   */
  /** The directory the test plan's classes, changelog and service file are in: target/test-classes. */
  private static String testPlanDirectory() {
    try {
      return Path.of(TestPlans.testPlan().getClass().getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String mainClassPath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
