package io.eventplan.collector.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.api.SecurityHeaders;
import io.eventplan.collector.demo.DemoSite;
import io.eventplan.collector.demo.DemoUsers;
import io.eventplan.collector.support.RunningCollector;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo page is served with a Content-Security-Policy without inline script, nosniff, no
 * referrer and no framing; API answers carry a policy that allows nothing; and a database error
 * the collector did not expect answers 500 without SQL, table names or a stack trace.
 */
class SecurityHeadersAndErrorsTest {
  @TempDir static Path site;
  private static RunningCollector collector;

  @BeforeAll
  static void start() throws Exception {
    Files.writeString(site.resolve("index.html"), "<!doctype html><title>Log in</title><script src=\"login.js\"></script>");
    Files.writeString(site.resolve("login.js"), "console.log('hi');");
    collector = RunningCollector.start(
        setup -> setup.withDemo(new DemoSite(site, DemoUsers.standard(), RunningCollector.WRITE_KEY)));
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @Test
  void theDemoPageHasAStrictContentSecurityPolicy() {
    for (String path : new String[] {"/", "/index.html", "/login.js"}) {
      HttpResponse<String> page = collector.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'")
          .contains("default-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
  }

  @Test
  void aDemoPageSendingToAnotherCollectorMayConnectToItsOriginOnly() {
    assertThat(SecurityHeaders.htmlPolicy(java.util.Optional.of("http://localhost:8081")))
        .contains("connect-src 'self' http://localhost:8081;").doesNotContain("connect-src 'self';");
    assertThat(SecurityHeaders.htmlPolicy(java.util.Optional.empty())).isEqualTo(SecurityHeaders.HTML_POLICY);
  }

  @Test
  void apiAnswersAllowNothingToRun() {
    for (HttpResponse<String> answer : java.util.List.of(collector.get("/health/ready"),
        collector.post("/v1/track", "{\"event\": \"<script>alert(1)</script>\"}"), collector.get("/nope"))) {
      assertThat(answer.headers().firstValue("Content-Security-Policy"))
          .hasValue("default-src 'none'; frame-ancestors 'none'");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    }
  }

  @Test
  void anUnexpectedDatabaseErrorAnswers500WithoutSqlOrStackTrace() throws Exception {
    execute("ALTER TABLE events RENAME TO events_moved_away");
    try {
      HttpResponse<String> answer = collector.post("/v1/track", "{\"event\": \"Logged Out\", \"userId\": \"u-1\"}");
      System.out.println("forced database error answered: " + answer.statusCode() + " " + answer.body());
      assertThat(answer.statusCode()).isEqualTo(500);
      assertThat(collector.json(answer).get("error").get("code").asString()).isEqualTo("internal_error");
      assertThat(answer.body()).doesNotContainIgnoringCase("sql").doesNotContain("events_moved_away")
          .doesNotContain("relation").doesNotContain("INSERT").doesNotContain("Exception").doesNotContain("at io.");
    } finally {
      execute("ALTER TABLE events_moved_away RENAME TO events");
    }
  }

  private static void execute(String sql) throws Exception {
    try (Connection connection = collector.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
