package io.eventplan.collector.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed mix of Segment calls against the test plan (identify, group, track, page, a batch of 60 with a non-object
 * and a screen call, refused and unreadable events), for tests that feed two warehouses the same messages.
 */
public final class SampleCalls {
  private SampleCalls() {}

  /** Each call as {path, body}. */
  public static List<String[]> all() {
    List<String[]> calls = new ArrayList<>();
    calls.add(new String[] {"/v1/identify", """
        {"userId": "u-1", "messageId": "id-1", "timestamp": "2026-03-01T10:00:00Z",
         "traits": {"email": "ada@example.com", "name": "Ada", "role": "admin"}}"""});
    calls.add(new String[] {"/v1/identify", """
        {"userId": "u-1", "messageId": "id-2", "timestamp": "2026-03-02T10:00:00Z",
         "traits": {"email": "ada@example.org"}}"""});
    calls.add(new String[] {"/v1/group", """
        {"userId": "u-1", "groupId": "acme", "messageId": "g-1", "timestamp": "2026-03-03T10:00:00Z",
         "traits": {"name": "Acme", "plan": "team", "employees": 42}}"""});
    calls.add(new String[] {"/v1/group", """
        {"groupId": "acme", "messageId": "g-2", "timestamp": "2026-03-04T10:00:00Z", "traits": {"name": "Acme Inc"}}"""});
    calls.add(new String[] {"/v1/identify", """
        {"userId": "u-1", "messageId": "id-3", "timestamp": "2026-03-05T10:00:00Z",
         "traits": {"email": "ada@example.org", "name": "Ada L.", "company_id": "acme"}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "Signed Up", "userId": "u-1", "messageId": "t-1", "timestamp": "2026-03-01T09:59:00Z",
         "properties": {"signup_method": "github", "plan": "team"}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "Logged In", "userId": "u-1", "messageId": "t-2", "timestamp": "2026-03-07T06:00:00+16:30",
         "context": {"page": {"url": "https://app.example.com/login"}}, "properties": {"type": "sso"}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "Login Failed", "anonymousId": "a-1", "messageId": "t-3", "timestamp": "2026-03-01T08:00:00Z",
         "properties": {"type": "password", "reason": "invalid_credentials", "attempt": 2}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "Order Placed", "messageId": "t-4", "userId": "u-1", "timestamp": "2026-03-08T08:00:00Z",
         "properties": {"order": "O-1234", "select": true, "total": 12.50, "quantity": 3.0, "placed_on": "2026-02-28",
                        "coupon_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "contact": "ada@example.com",
                        "tags": ["gift", "rush"], "shipping": {"city": "Lyon", "default": false}}}"""});
    calls.add(new String[] {"/v1/page", """
        {"messageId": "p-1", "anonymousId": "a-1", "name": "Login", "timestamp": "2026-03-01T09:00:00+01:00",
         "properties": {"path": "/login", "title": "Sign in"}, "context": {"page": {"url": "https://app.example.com/login"}}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "Logged In", "userId": "u-2", "messageId": "t-5", "timestamp": "2026-03-01T10:00:00Z",
         "properties": {"type": "telepathy"}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "No Such Event", "userId": "u-2", "messageId": "t-6", "timestamp": "2026-03-01T10:00:00Z"}"""});
    calls.add(new String[] {"/v1/identify", """
        {"userId": "u-3", "messageId": "id-4", "timestamp": "2026-03-01T10:00:00Z", "traits": {"role": "owner"}}"""});
    calls.add(new String[] {"/v1/track", "{\"event\": \"Logged In\", \"userId\": "});
    StringBuilder batch = new StringBuilder("{\"context\": {\"library\": {\"name\": \"analytics-node\"}}, \"batch\": [");
    for (int i = 0; i < 60; i++) {
      String user = "u-" + (10 + i % 12);
      batch.append(i == 0 ? "" : ",").append("""
          {"type": "track", "event": "%s", "userId": "%s", "messageId": "b-%d", "timestamp": "2026-03-%02dT10:%02d:00Z",
           "context": {"page": {"url": "https://app.example.com/p/%d"}}, "properties": %s}"""
          .formatted(i % 3 == 0 ? "Logged In" : "Feature Used", user, i, 1 + i % 28, i % 60, i,
              i % 3 == 0 ? "{\"type\": \"password\"}" : "{\"feature\": \"dashboard\", \"surface\": \"web\"}"));
    }
    batch.append(", 17, {\"type\": \"screen\", \"messageId\": \"b-x\", \"timestamp\": \"2026-03-09T08:00:00Z\"}]}");
    calls.add(new String[] {"/v1/batch", batch.toString()});
    calls.add(new String[] {"/v1/track", """
        {"event": "Logged Out", "userId": "u-10", "messageId": "t-7", "timestamp": "2026-03-09T10:00:00Z"}"""});
    return calls;
  }
}
