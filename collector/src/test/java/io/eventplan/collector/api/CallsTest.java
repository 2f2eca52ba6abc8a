package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.SharedCollector;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /v1/page, /v1/identify, /v1/group, and a track with every column type. */
class CallsTest {
  @RegisterExtension static final SharedCollector collector = new SharedCollector();

  @Test
  void pageCallIsThePageViewedEvent() {
    HttpResponse<String> response = collector.post("/v1/page", """
        {"messageId": "p-1", "anonymousId": "anon-1", "name": "Login", "timestamp": "2026-03-01T09:00:00+01:00",
         "properties": {"path": "/login", "title": "Sign in", "url": "https://app.example.com/login"},
         "context": {"page": {"url": "https://app.example.com/login"}}}""");

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> event = collector.sql().one("SELECT * FROM events");
    assertThat(event.get("event_name")).isEqualTo("Page Viewed");
    assertThat(event.get("anonymous_id")).isEqualTo("anon-1");
    assertThat(event.get("user_id")).isNull();
    assertThat(event.get("timestamp")).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
    Map<String, Object> page = collector.sql().one("SELECT * FROM page_viewed");
    assertThat(page.get("name")).isEqualTo("Login");
    assertThat(page.get("path")).isEqualTo("/login");
    assertThat(page.get("title")).isEqualTo("Sign in");
    assertThat(page.get("url")).isEqualTo("https://app.example.com/login");
  }

  @Test
  void identifyUpsertsThePersonAndMergesTraits() {
    assertThat(collector.post("/v1/identify", """
        {"userId": "u-7", "timestamp": "2026-03-01T10:00:00Z",
         "traits": {"email": "ada@example.com", "name": "Ada", "role": "admin"}}""").statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/identify", """
        {"userId": "u-7", "timestamp": "2026-03-02T10:00:00Z",
         "traits": {"email": "ada@example.org"}}""").statusCode()).isEqualTo(200);

    Map<String, Object> person = collector.sql().one("SELECT * FROM people");
    assertThat(person.get("user_id")).isEqualTo("u-7");
    assertThat(person.get("email")).isEqualTo("ada@example.org");
    assertThat(person.get("name")).isEqualTo("Ada");
    assertThat(person.get("role")).isEqualTo("admin");
    assertThat(person.get("first_seen_at")).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(person.get("last_seen_at")).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(collector.sql().count("events")).isZero();
  }

  @Test
  void aKnownUsersLastSeenMovesForwardNeverBack() {
    collector.post("/v1/identify", """
        {"userId": "u-8", "timestamp": "2026-03-05T10:00:00Z", "traits": {"email": "b@example.com"}}""");

    collector.post("/v1/track", """
        {"event": "Logged Out", "userId": "u-8", "timestamp": "2026-03-06T12:00:00Z", "properties": {}}""");
    collector.post("/v1/track", """
        {"event": "Logged Out", "userId": "u-8", "timestamp": "2026-03-04T12:00:00Z", "properties": {}}""");
    collector.post("/v1/track", """
        {"event": "Logged Out", "userId": "stranger", "timestamp": "2026-03-06T12:00:00Z", "properties": {}}""");

    Map<String, Object> person = collector.sql().one("SELECT * FROM people");
    assertThat(person.get("first_seen_at")).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
    assertThat(person.get("last_seen_at")).isEqualTo(Instant.parse("2026-03-06T12:00:00Z"));
    assertThat(collector.sql().count("logged_out")).isEqualTo(3);
    assertThat(collector.sql().count("people")).isEqualTo(1);
  }

  @Test
  void oneBatchMovesAKnownUsersLastSeenToItsLatestTimeWhateverTheOffset() {
    collector.post("/v1/identify", """
        {"userId": "u-11", "timestamp": "2026-03-05T10:00:00Z", "traits": {"email": "d@example.com"}}""");

    // one group, three events of u-11; the latest is 2026-03-06T13:30Z, sent with an offset PostgreSQL cannot read
    HttpResponse<String> response = collector.post("/v1/batch", """
        {"batch": [
          {"type": "track", "event": "Logged Out", "userId": "u-11", "timestamp": "2026-03-06T12:00:00Z"},
          {"type": "track", "event": "Logged Out", "userId": "u-11", "timestamp": "2026-03-07T06:00:00+16:30"},
          {"type": "track", "event": "Logged Out", "userId": "u-11", "timestamp": "2026-03-04T12:00:00Z"},
          {"type": "track", "event": "Logged Out", "userId": "stranger", "timestamp": "2026-03-08T12:00:00Z"}]}""");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(collector.json(response).get("stored").asInt()).isEqualTo(4);
    assertThat(collector.sql().count("rejected_events")).isZero();
    assertThat(collector.sql().one("SELECT last_seen_at FROM people WHERE user_id = 'u-11'").get("last_seen_at"))
        .isEqualTo(Instant.parse("2026-03-06T13:30:00Z"));
    assertThat(collector.sql().count("people")).isEqualTo(1);
  }

  @Test
  void groupUpsertsTheCompanyAndTouchesItsUser() {
    collector.post("/v1/identify", """
        {"userId": "u-9", "timestamp": "2026-03-01T10:00:00Z", "traits": {"email": "c@example.com"}}""");

    HttpResponse<String> response = collector.post("/v1/group", """
        {"userId": "u-9", "groupId": "acme", "timestamp": "2026-03-03T10:00:00Z",
         "traits": {"name": "Acme", "plan": "team", "employees": 42}}""");
    collector.post("/v1/group", """
        {"groupId": "acme", "traits": {"name": "Acme Inc"}}""");

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> company = collector.sql().one("SELECT * FROM companies");
    assertThat(company.get("company_id")).isEqualTo("acme");
    assertThat(company.get("name")).isEqualTo("Acme Inc");
    assertThat(company.get("plan")).isEqualTo("team");
    assertThat(company.get("employees")).isEqualTo(42L);
    assertThat(company.get("first_seen_at")).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(collector.sql().one("SELECT last_seen_at FROM people").get("last_seen_at"))
        .isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
  }

  @Test
  void identifyWithInvalidTraitsIs400AndKept() {
    HttpResponse<String> response = collector.post("/v1/identify", """
        {"userId": "u-10", "traits": {"name": "No Email", "role": "owner"}}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(collector.json(response).get("error").get("violations").toString())
        .contains("\"path\":\"/traits/email\",\"rule\":\"required\"")
        .contains("\"path\":\"/traits/role\",\"rule\":\"enum\"");
    assertThat(collector.sql().count("people")).isZero();
    Map<String, Object> rejected = collector.sql().one("SELECT * FROM rejected_events");
    assertThat(rejected.get("event_name")).isNull();
    assertThat(rejected.get("payload").toString()).contains("\"userId\":\"u-10\"");
  }

  @Test
  void identifyWithoutUserIdIs400() {
    HttpResponse<String> response = collector.post("/v1/identify", """
        {"anonymousId": "anon-1", "traits": {"email": "d@example.com"}}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(collector.json(response).get("error").get("violations").get(0).get("rule").asString())
        .isEqualTo("missingField");
    assertThat(collector.sql().count("people")).isZero();
    assertThat(collector.sql().count("rejected_events")).isEqualTo(1);
  }

  @Test
  void aRowThePlanAcceptsButTheWarehouseRefusesIsKeptWithTheRefusal() {
    // a constraint the validators do not know, as a warehouse's owner may add one
    collector.sql().execute("ALTER TABLE people ADD CONSTRAINT people_no_ghost_company CHECK (company_id <> 'ghost')");
    try {
      HttpResponse<String> response = collector.post("/v1/identify", """
          {"userId": "u-11", "traits": {"email": "e@example.com", "company_id": "ghost"}}""");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(collector.json(response).get("error").get("violations").get(0).get("rule").asString())
          .isEqualTo("warehouse");
      assertThat(collector.sql().count("people")).isZero();
      assertThat(collector.sql().one("SELECT reasons FROM rejected_events").get("reasons").toString())
          .contains("warehouse").contains("people_no_ghost_company");
    } finally {
      collector.sql().execute("ALTER TABLE people DROP CONSTRAINT people_no_ghost_company");
    }
  }

  @Test
  void everyTypeAndKeywordColumnIsWrittenToTheTypedTable() {
    String id = UUID.randomUUID().toString();
    String coupon = UUID.randomUUID().toString();
    HttpResponse<String> response = collector.post("/v1/track", """
        {"event": "Order Placed", "messageId": "%s", "userId": "u-1",
         "properties": {"order": "O-1234", "select": true, "total": 12.5, "quantity": 3.0,
                        "placed_on": "2026-02-28", "coupon_id": "%s", "contact": "ada@example.com",
                        "tags": ["gift", "rush"], "shipping": {"city": "Lyon", "default": false}}}
        """.formatted(id, coupon));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, Object> row = collector.sql().one("SELECT * FROM order_placed");
    assertThat(row.get("_event_id")).isEqualTo(UUID.fromString(id));
    assertThat(row.get("event_id")).isEqualTo(UUID.fromString(id));
    assertThat(row.get("order")).isEqualTo("O-1234");
    assertThat(row.get("select")).isEqualTo(true);
    assertThat(row.get("total")).isEqualTo(12.5);
    assertThat(row.get("quantity")).isEqualTo(3L);
    assertThat(row.get("placed_on")).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(row.get("coupon_id")).isEqualTo(UUID.fromString(coupon));
    assertThat(row.get("contact")).isEqualTo("ada@example.com");
    assertThat(row.get("tags")).isEqualTo("[\"gift\", \"rush\"]");
    assertThat(row.get("shipping")).isEqualTo("{\"city\": \"Lyon\", \"default\": false}");
    assertThat(row.get("url")).isNull();
  }
}
