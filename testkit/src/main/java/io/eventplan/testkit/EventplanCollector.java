package io.eventplan.testkit;

import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventPlans;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A collector for the project's own tracking plan, for tests: the real eventplan collector in the test's JVM, on a
 * free port, with an embedded PostgreSQL 17 warehouse. Point the code under test (a Segment library, a web page, a
 * backend service) at {@link #url()} with {@link #writeKey()}, then ask what the collector {@link #accepted accepted}
 * (as the generated records) and what it {@link #rejected() rejected} (with the reasons). The warehouse is emptied
 * before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EventplanCollector collector = EventplanCollector.create();
 *
 * @Test
 * void signingInIsTracked() {
 *   app.signIn("ada");                                   // sends to collector.url() with collector.writeKey()
 *   List<SessionStarted> sessions = collector.awaitAccepted("Session Started", SessionStarted.class, 1);
 *   assertEquals("ada", sessions.get(0).userId());
 *   assertEquals(List.of(), collector.rejected());
 * }
 * }</pre>
 *
 * <p>The plan is the one generated plan on the test class path (the project's own, from the plugin's
 * {@code generate} goal, or a test plan from {@code generate-test}). Register it in a {@code static} field: it starts
 * before the class's first test and stops after its last.
 */
public final class EventplanCollector implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  /** The write key a collector accepts unless told otherwise. */
  public static final String DEFAULT_WRITE_KEY = "test-write-key";
  /** How long the {@code await} methods wait unless told otherwise. */
  public static final Duration DEFAULT_AWAIT_TIMEOUT = Duration.ofSeconds(10);

  private final String writeKey;
  private final List<String> allowedOrigins;
  private final Duration awaitTimeout;
  private final Supplier<EventPlan> planSource;
  private InProcessCollector running;
  private EventPlan plan;
  private CollectedEvents events;

  private EventplanCollector(Builder builder) {
    this.writeKey = builder.writeKey;
    this.allowedOrigins = builder.allowedOrigins;
    this.awaitTimeout = builder.awaitTimeout;
    this.planSource = builder.plan;
  }

  /** A collector with the defaults: write key {@value #DEFAULT_WRITE_KEY}, any browser origin, the class path's plan. */
  public static EventplanCollector create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (running == null) {
      throw new IllegalStateException("EventplanCollector starts before a class's tests: register it in a static"
          + " field (@RegisterExtension static final EventplanCollector collector = EventplanCollector.create();)");
    }
    reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  /** Starts the collector, for use without JUnit's extension model (the extension calls it before the class). */
  public synchronized void start() {
    if (running != null) {
      return;
    }
    plan = planSource.get();
    running = InProcessCollector.start(plan, List.of(writeKey), allowedOrigins, Duration.ofSeconds(120));
    events = new CollectedEvents(running.dataSource(), plan);
  }

  /** Stops the collector and deletes its warehouse. */
  public synchronized void stop() {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  /** The collector's base URL, e.g. {@code http://localhost:41234}: Segment libraries take it as their host. */
  public String url() {
    return "http://localhost:" + started().port();
  }

  /** The write key the collector accepts. */
  public String writeKey() {
    return writeKey;
  }

  /** The plan the collector serves. */
  public EventPlan plan() {
    started();
    return plan;
  }

  /** The warehouse, for tests that look at the typed tables, people or the report views themselves. */
  public DataSource dataSource() {
    return started().dataSource();
  }

  /** The warehouse's JDBC URL (user {@code postgres}, no password). */
  public String jdbcUrl() {
    return started().jdbcUrl();
  }

  /**
   * The events named {@code eventName} that the collector accepted since the last reset, in the order received, as
   * the records the plan's generated validator makes (e.g. {@code SessionStarted}).
   *
   * @throws IllegalArgumentException when the plan has no such event
   */
  public List<Object> accepted(String eventName) {
    started();
    return events.accepted(eventName);
  }

  /** {@link #accepted(String)} as records of {@code type}, the generated record of that event. */
  public <T> List<T> accepted(String eventName, Class<T> type) {
    return accepted(eventName).stream().map(record -> as(type, record, eventName)).toList();
  }

  /** Every message the collector refused since the last reset, in the order received. */
  public List<Rejection> rejected() {
    started();
    return events.rejected();
  }

  /** The refused messages of the event named {@code eventName}. */
  public List<Rejection> rejected(String eventName) {
    return rejected().stream().filter(r -> Objects.equals(r.eventName(), eventName)).toList();
  }

  /**
   * Waits until at least {@code count} events named {@code eventName} were accepted (a client that sends in the
   * background, such as a browser or {@code @segment/analytics-node}, has not necessarily sent when the test goes on).
   *
   * @throws AssertionError when fewer arrived within the await timeout, listing what was rejected meanwhile
   */
  public <T> List<T> awaitAccepted(String eventName, Class<T> type, int count) {
    long deadline = System.nanoTime() + awaitTimeout.toNanos();
    while (true) {
      List<T> accepted = accepted(eventName, type);
      if (accepted.size() >= count) {
        return accepted;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected at least " + count + " accepted '" + eventName + "' within "
            + awaitTimeout.toMillis() + " ms but found " + accepted.size() + "; rejected meanwhile: " + rejected());
      }
      Pause.briefly();
    }
  }

  /** {@link #awaitAccepted(String, Class, int)} without naming the record type. */
  public List<Object> awaitAccepted(String eventName, int count) {
    return awaitAccepted(eventName, Object.class, count);
  }

  /** Waits until at least {@code count} messages were rejected, and returns every rejection. */
  public List<Rejection> awaitRejected(int count) {
    long deadline = System.nanoTime() + awaitTimeout.toNanos();
    while (true) {
      List<Rejection> rejected = rejected();
      if (rejected.size() >= count) {
        return rejected;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected at least " + count + " rejected messages within "
            + awaitTimeout.toMillis() + " ms but found " + rejected.size());
      }
      Pause.briefly();
    }
  }

  /** Empties the warehouse (done before each test): events, typed tables, people, companies, rejections. */
  public void reset() {
    started();
    events.clear();
  }

  private InProcessCollector started() {
    InProcessCollector collector = running;
    if (collector == null) {
      throw new IllegalStateException("the collector is not running: register EventplanCollector with"
          + " @RegisterExtension in a static field, or call start()");
    }
    return collector;
  }

  private static <T> T as(Class<T> type, Object record, String eventName) {
    if (!type.isInstance(record)) {
      throw new IllegalArgumentException("the plan makes '" + eventName + "' a " + record.getClass().getName()
          + ", not a " + type.getName());
    }
    return type.cast(record);
  }

  /** The collector's settings. */
  public static final class Builder {
    private String writeKey = DEFAULT_WRITE_KEY;
    private List<String> allowedOrigins = List.of("*");
    private Duration awaitTimeout = DEFAULT_AWAIT_TIMEOUT;
    private Supplier<EventPlan> plan = () -> EventPlans.load(Thread.currentThread().getContextClassLoader());

    private Builder() {}

    /** The write key the collector accepts (default {@value EventplanCollector#DEFAULT_WRITE_KEY}). */
    public Builder writeKey(String key) {
      this.writeKey = Objects.requireNonNull(key, "writeKey");
      return this;
    }

    /** The browser origins allowed to send, e.g. {@code http://localhost:3000} (default: any, {@code *}). */
    public Builder allowedOrigins(String... origins) {
      this.allowedOrigins = List.of(origins);
      return this;
    }

    /** How long {@code awaitAccepted} and {@code awaitRejected} wait (default 10 s). */
    public Builder awaitTimeout(Duration timeout) {
      this.awaitTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The plan to serve instead of the one on the class path (e.g. when the class path holds two). */
    public Builder plan(EventPlan eventPlan) {
      Objects.requireNonNull(eventPlan, "plan");
      this.plan = () -> eventPlan;
      return this;
    }

    public EventplanCollector build() {
      return new EventplanCollector(this);
    }
  }
}
