package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.AliasMessage;
import com.segment.analytics.messages.GroupMessage;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.PageMessage;
import com.segment.analytics.messages.ScreenMessage;
import com.segment.analytics.messages.TrackMessage;
import io.eventplan.collector.support.RunningCollector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Segment's own Java library, {@code com.segment.analytics.java:analytics} 3.5.4 from Maven Central, pointed
 * at the collector the documented way, {@code endpoint(host)}, and nothing else: it posts its batches to
 * {@code /v1/import/}, and every call lands in the warehouse, each once.
 */
class AnalyticsJavaTest {
  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start();
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @Test
  void everyCallOfTheLibraryLandsInTheWarehouse() {
    List<String> delivered = new CopyOnWriteArrayList<>();
    List<String> failures = new CopyOnWriteArrayList<>();
    Analytics analytics = Analytics.builder(RunningCollector.WRITE_KEY)
        .endpoint("http://localhost:" + collector.collector().port())
        .callback(new Callback() {
          @Override
          public void success(Message message) {
            delivered.add(message.type().name());
          }

          @Override
          public void failure(Message message, Throwable error) {
            failures.add(message.type() + ": " + error);
          }
        })
        .build();
    try {
      analytics.enqueue(IdentifyMessage.builder().userId("java-user-1").anonymousId("java-visitor-1")
          .traits(Map.of("email", "ada@example.com", "name", "Ada Lovelace", "company_id", "java-co")));
      analytics.enqueue(GroupMessage.builder("java-co").userId("java-user-1").traits(Map.of("name", "Java Co")));
      analytics.enqueue(TrackMessage.builder("Logged In").userId("java-user-1").messageId("java-message-1")
          .properties(Map.of("type", "password", "url", "https://app.example.com/login")));
      analytics.enqueue(PageMessage.builder("Pricing").userId("java-user-1").properties(Map.of("path", "/pricing")));
      analytics.enqueue(ScreenMessage.builder("Home").userId("java-user-1")
          .properties(Map.of("orientation", "landscape")));
      analytics.enqueue(AliasMessage.builder("java-old-id").userId("java-user-1"));
      analytics.flush();

      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (delivered.size() + failures.size() < 6 && System.nanoTime() < deadline) {
        RunningCollector.sleep(20);
      }
    } finally {
      analytics.shutdown();
    }

    assertThat(failures).isEmpty();
    assertThat(delivered).containsExactlyInAnyOrder("identify", "group", "track", "page", "screen", "alias");
    assertThat(collector.sql().count("rejected_events")).isZero();
    Map<String, Object> login = collector.sql().one("SELECT user_id, type, url FROM logged_in");
    assertThat(login).isEqualTo(Map.of("user_id", "java-user-1", "type", "password",
        "url", "https://app.example.com/login"));
    assertThat(collector.sql().one("SELECT context FROM events WHERE event_name = 'Logged In'").get("context")
        .toString()).as("the batch's context").contains("\"name\": \"analytics-java\"").contains("3.5.4");
    assertThat(collector.sql().one("SELECT name, path FROM page_viewed"))
        .isEqualTo(Map.of("name", "Pricing", "path", "/pricing"));
    assertThat(collector.sql().one("SELECT name, orientation FROM screen_viewed"))
        .isEqualTo(Map.of("name", "Home", "orientation", "landscape"));
    assertThat(collector.sql().one("SELECT p.email, c.name FROM people p JOIN companies c USING (company_id)"))
        .isEqualTo(Map.of("email", "ada@example.com", "name", "Java Co"));
    assertThat(collector.sql().rows("SELECT previous_id, user_id FROM aliases ORDER BY previous_id")).containsExactly(
        Map.of("previous_id", "java-old-id", "user_id", "java-user-1"),
        Map.of("previous_id", "java-visitor-1", "user_id", "java-user-1"));
    assertThat(collector.sql().count("events")).as("each call once").isEqualTo(3);
    assertThat(collector.get("/metrics").body()).contains("route=\"/v1/import\",status=\"200\"");
  }
}
