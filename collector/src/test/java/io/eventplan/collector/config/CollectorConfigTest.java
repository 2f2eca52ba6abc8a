package io.eventplan.collector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectorConfigTest {

  @Test
  void defaultsWhenNothingIsSet() {
    CollectorConfig config = CollectorConfig.fromEnvironment(Map.of());

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.database()).isEmpty();
    assertThat(config.embeddedDataDirectory()).isEqualTo(Path.of(".eventplan", "pgdata"));
    assertThat(config.embeddedPort()).isEqualTo(5433);
    assertThat(config.writeKeys()).isEmpty();
    assertThat(config.allowedOrigins()).isEmpty();
  }

  @Test
  void readsEveryVariable() {
    CollectorConfig config = CollectorConfig.fromEnvironment(Map.of(
        "EVENTPLAN_PORT", "9000",
        "EVENTPLAN_DB_URL", "jdbc:postgresql://db:5432/warehouse",
        "EVENTPLAN_DB_USER", "collector",
        "EVENTPLAN_DB_PASSWORD", "s3cret",
        "EVENTPLAN_WRITE_KEYS", " k1, k2 ,,",
        "EVENTPLAN_ALLOWED_ORIGINS", "https://App.example.com, http://localhost:5173",
        "EVENTPLAN_EMBEDDED_DB_PORT", "6543"));

    assertThat(config.port()).isEqualTo(9000);
    assertThat(config.database()).hasValue(new DatabaseSettings("jdbc:postgresql://db:5432/warehouse", "collector", "s3cret"));
    assertThat(config.database().orElseThrow().toString()).doesNotContain("s3cret");
    assertThat(config.writeKeys()).containsExactly("k1", "k2");
    assertThat(config.allowedOrigins()).containsExactly("https://app.example.com", "http://localhost:5173");
    assertThat(config.embeddedPort()).isEqualTo(6543);
  }

  @Test
  void reportsEveryMistakeAtOnce() {
    assertThatThrownBy(() -> CollectorConfig.fromEnvironment(Map.of(
        "EVENTPLAN_PORT", "http",
        "EVENTPLAN_DB_USER", "collector",
        "EVENTPLAN_ALLOWED_ORIGINS", "https://app.example.com/login")))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(3))
        .hasMessageContaining("EVENTPLAN_PORT must be a port number")
        .hasMessageContaining("EVENTPLAN_DB_URL is not")
        .hasMessageContaining("is not an origin");
    assertThatThrownBy(() -> CollectorConfig.fromEnvironment(Map.of("EVENTPLAN_DB_URL", "postgres://db/x")))
        .hasMessageContaining("must be a PostgreSQL JDBC URL");
  }

  @Test
  void theDemoSiteIsADirectoryWithAnIndexHtml(@org.junit.jupiter.api.io.TempDir Path site) throws Exception {
    assertThat(CollectorConfig.fromEnvironment(Map.of()).demoSite()).isEmpty();
    assertThatThrownBy(() -> CollectorConfig.fromEnvironment(Map.of("EVENTPLAN_DEMO_SITE", site.toString())))
        .hasMessageContaining("EVENTPLAN_DEMO_SITE").hasMessageContaining("has no index.html");

    java.nio.file.Files.writeString(site.resolve("index.html"), "<!doctype html>");

    assertThat(CollectorConfig.fromEnvironment(Map.of("EVENTPLAN_DEMO_SITE", site.toString())).demoSite())
        .contains(site);
  }

  @Test
  void theDemoPageMaySendItsEventsToAnotherCollector() {
    assertThat(CollectorConfig.fromEnvironment(Map.of()).demoEventsEndpoint()).isEmpty();
    assertThat(CollectorConfig.fromEnvironment(Map.of("EVENTPLAN_DEMO_EVENTS_URL", "http://localhost:8081"))
        .demoEventsEndpoint()).contains("http://localhost:8081");
    assertThatThrownBy(() -> CollectorConfig.fromEnvironment(Map.of("EVENTPLAN_DEMO_EVENTS_URL", "localhost:8081/v1")))
        .hasMessageContaining("EVENTPLAN_DEMO_EVENTS_URL: 'localhost:8081/v1' is not the base URL of a collector");
  }
}
