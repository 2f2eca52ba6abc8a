package io.eventplan.codegen.maven;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The collector that {@code eventplan:run} starts: {@code java -jar <collector>} in a JVM of its own, its output on
 * Maven's console, stopped with Maven. Ctrl-C reaches both JVMs; when Maven ends for any other reason, a shutdown
 * hook stops the collector and waits until it has stopped its embedded PostgreSQL.
 */
final class ForegroundCollector {
  /** How long the collector may take to stop its server, commit what is queued and stop its database. */
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  /** A JVM's exit code after SIGINT (Ctrl-C) and after SIGTERM: 128 + the signal's number. */
  private static final int EXIT_SIGINT = 130;
  private static final int EXIT_SIGTERM = 143;

  private final Process process;
  private final Thread stopper;

  private ForegroundCollector(Process process) {
    this.process = process;
    this.stopper = new Thread(this::stop, "eventplan-run-stop");
  }

  static ForegroundCollector start(Path collectorJar, CollectorEnvironment env, Path workingDirectory)
      throws MojoExecutionException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-jar", collectorJar.toString()))
        .directory(workingDirectory.toFile())
        .inheritIO();
    env.applyTo(builder.environment());
    try {
      ForegroundCollector collector = new ForegroundCollector(builder.start());
      Runtime.getRuntime().addShutdownHook(collector.stopper);
      return collector;
    } catch (IOException e) {
      throw new MojoExecutionException("eventplan: could not start " + java + " -jar " + collectorJar + ": " + e, e);
    }
  }

  /** Waits until {@code GET /health/ready} answers 200 (the database is up and the plan's changelog applied). */
  void awaitReady(String url, Duration timeout) throws MojoExecutionException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/health/ready")).timeout(Duration.ofSeconds(5))
        .GET().build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw stopped();
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // the collector is still starting
      }
      Thread.sleep(250);
    }
    stop();
    throw new MojoExecutionException("eventplan: the collector was not ready at " + url + "/health/ready within "
        + timeout.toSeconds() + " s (see its messages above); raise -Deventplan.readyTimeout if its first start"
        + " (unpacking PostgreSQL) is slow here");
  }

  /**
   * Blocks until the collector ends: by a signal (Ctrl-C reaches it as SIGINT, a stopped Maven sends SIGTERM), which
   * is the normal end, or by an error of its own.
   */
  void awaitEnd() throws MojoExecutionException, InterruptedException {
    int exitCode = process.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(stopper);
    } catch (IllegalStateException shuttingDown) {
      return; // Maven is ending (Ctrl-C): the hook has stopped the collector
    }
    if (exitCode != EXIT_SIGINT && exitCode != EXIT_SIGTERM) {
      throw stopped();
    }
  }

  private MojoExecutionException stopped() {
    return new MojoExecutionException("eventplan: the collector stopped with exit code " + process.exitValue()
        + "; its messages above say why");
  }

  /** Asks the collector to stop (SIGTERM: its shutdown hook stops its server and database) and waits for it. */
  void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
