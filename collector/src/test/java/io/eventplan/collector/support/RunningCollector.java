package io.eventplan.collector.support;

import io.eventplan.collector.Collector;
import io.eventplan.collector.db.LiquibaseMigrations;
import io.eventplan.collector.db.Migrations;
import io.eventplan.collector.judge.EventJudge;
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.runtime.EventPlan;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real collector for a test class: its own database on the embedded PostgreSQL 17, the test
 * plan and its warehouse, the real HTTP server on a free port, and helpers to call it.
 */
public final class RunningCollector implements AutoCloseable {
  public static final String WRITE_KEY = "test-write-key";
  public static final String ALLOWED_ORIGIN = "https://app.example.com";

  private final TestDatabase database;
  private final Collector collector;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper mapper = JsonMapper.builder().build();

  /** Whether closing this collector closes its database too (not when the test passed one in). */
  private final boolean ownsDatabase;

  private RunningCollector(TestDatabase database, Collector collector, boolean ownsDatabase) {
    this.database = database;
    this.collector = collector;
    this.ownsDatabase = ownsDatabase;
  }

  /** A ready collector (migrations applied) on a new database. */
  public static RunningCollector start() {
    return start(setup -> setup);
  }

  /** Like {@link #start()}, with the setup changed by {@code customize} before starting. */
  public static RunningCollector start(Function<Collector.Setup, Collector.Setup> customize) {
    RunningCollector running = startUnready(migrations(), customize);
    running.awaitReady();
    return running;
  }

  /** A collector with these migrations, returned at once, before it is ready. */
  public static RunningCollector startUnready(Migrations migrations, Function<Collector.Setup, Collector.Setup> customize) {
    TestDatabase database = TestDatabase.create();
    EventPlan plan = TestPlans.testPlan();
    Collector.Setup setup = Collector.Setup.of(0, database.dataSource(), plan, judge(plan), migrations,
        List.of(WRITE_KEY, "second-key"), List.of(ALLOWED_ORIGIN), new CollectorMetrics());
    return new RunningCollector(database, Collector.start(customize.apply(setup)), true);
  }

  /**
   * A ready collector serving {@code plan} (e.g. one of {@link CompiledPlans}) on {@code database}, which the test
   * keeps: closing the collector leaves it open, so that another collector (a later plan) can use it.
   */
  public static RunningCollector start(TestDatabase database, EventPlan plan,
      Function<Collector.Setup, Collector.Setup> customize) {
    Collector.Setup setup = Collector.Setup.of(0, database.dataSource(), plan, judge(plan),
        LiquibaseMigrations.of(plan), List.of(WRITE_KEY, "second-key"), List.of(ALLOWED_ORIGIN),
        new CollectorMetrics());
    RunningCollector running = new RunningCollector(database, Collector.start(customize.apply(setup)), false);
    running.awaitReady();
    return running;
  }

  /** The validators generated from the plan. */
  public static EventJudge judge(EventPlan plan) {
    return new ValidatorJudge(plan);
  }

  /** The warehouse changelog generated from the test plan. */
  public static Migrations migrations() {
    return TestPlans.migrations();
  }

  public void awaitReady() {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (get("/health/ready").statusCode() == 200) {
        return;
      }
      sleep(50);
    }
    throw new AssertionError("the collector did not become ready: " + get("/health/ready").body());
  }

  public Sql sql() {
    return new Sql(database.dataSource());
  }

  public DataSource dataSource() {
    return database.dataSource();
  }

  public Collector collector() {
    return collector;
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + collector.port() + path);
  }

  /** POST with JSON, authenticated with the test write key by HTTP Basic. */
  public HttpResponse<String> post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .header("Authorization", basic(WRITE_KEY))
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public JsonNode json(HttpResponse<String> response) {
    return mapper.readTree(response.body());
  }

  public static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":").getBytes(StandardCharsets.UTF_8));
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    collector.close();
    collector.metrics().close();
    if (ownsDatabase) {
      database.close();
    }
  }
}
