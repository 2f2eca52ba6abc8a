package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.SharedCollector;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Segment's libraries do not order calls: an identify whose company_id names a company whose group call
 * comes later is stored as one that comes after it, and the reports link the two once both are there.
 */
class CallOrderTest {
  private static final String IDENTIFY = """
      {"userId": "%s", "traits": {"email": "%s@example.com", "company_id": "%s"}}""";
  private static final String GROUP = """
      {"groupId": "%s", "userId": "%s", "traits": {"name": "%s"}}""";
  private static final String LOGIN = """
      {"event": "Logged In", "userId": "%s", "properties": {"type": "sso", "url": "https://app.example.com/"}}""";

  @RegisterExtension static final SharedCollector collector = new SharedCollector();

  @Test
  void identifyBeforeTheGroupCallOfItsCompany() {
    assertThat(collector.post("/v1/identify", IDENTIFY.formatted("u-1", "u-1", "acme")).statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/track", LOGIN.formatted("u-1")).statusCode()).isEqualTo(200);
    assertThat(company("u-1")).as("the company's id until its group call arrives").isEqualTo("acme");

    assertThat(collector.post("/v1/group", GROUP.formatted("acme", "u-1", "Acme Inc")).statusCode()).isEqualTo(200);

    assertLinked("u-1", "acme", "Acme Inc");
  }

  @Test
  void groupBeforeIdentify() {
    assertThat(collector.post("/v1/group", GROUP.formatted("initech", "u-2", "Initech")).statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/identify", IDENTIFY.formatted("u-2", "u-2", "initech")).statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/track", LOGIN.formatted("u-2")).statusCode()).isEqualTo(200);

    assertLinked("u-2", "initech", "Initech");
  }

  @Test
  void bothOrdersInOneBatch() {
    String batch = """
        {"batch": [
          {"type": "identify", "userId": "u-3", "traits": {"email": "u-3@example.com", "company_id": "globex"}},
          {"type": "group", "groupId": "globex", "traits": {"name": "Globex"}},
          {"type": "group", "groupId": "hooli", "traits": {"name": "Hooli"}},
          {"type": "identify", "userId": "u-4", "traits": {"email": "u-4@example.com", "company_id": "hooli"}},
          {"type": "track", "event": "Logged In", "userId": "u-3", "properties": {"type": "sso", "url": "https://a.example/"}},
          {"type": "track", "event": "Logged In", "userId": "u-4", "properties": {"type": "sso", "url": "https://a.example/"}}
        ]}""";
    assertThat(collector.json(collector.post("/v1/batch", batch)).get("stored").asInt()).isEqualTo(6);

    assertLinked("u-3", "globex", "Globex");
    assertLinked("u-4", "hooli", "Hooli");
  }

  private static void assertLinked(String user, String companyId, String companyName) {
    assertThat(collector.sql().count("rejected_events")).isZero();
    assertThat(collector.sql().one("SELECT p.company_id, c.name FROM people p JOIN companies c USING (company_id)"
        + " WHERE p.user_id = ?", user)).isEqualTo(Map.of("company_id", companyId, "name", companyName));
    assertThat(company(user)).isEqualTo(companyName);
  }

  /** The company column of the report view logged_in_users. */
  private static Object company(String user) {
    return collector.sql().one("SELECT company FROM reporting.logged_in_users WHERE user_id = ?", user).get("company");
  }
}
