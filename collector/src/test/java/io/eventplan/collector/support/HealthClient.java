package io.eventplan.collector.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Sends a known mix of messages to a running collector and reads its plan health back from
 * {@code /report/api/health} with a report key, as rows of one view turned into short lines that tests compare.
 */
public final class HealthClient {
  public static final String REPORT_KEY = "health-report-key";

  private final RunningCollector collector;

  public HealthClient(RunningCollector collector) {
    this.collector = collector;
  }

  /**
   * A track call of {@code event} with these properties (JSON members, without braces), sent by {@code library}
   * ({@code "name/version"}) or by no library when null; {@code accepted} is what the collector must answer.
   */
  public void track(String event, String properties, String library, boolean accepted) {
    String page = "\"page\": {\"url\": \"https://app.example.com/\"}";
    String context = library == null ? "{" + page + "}"
        : "{%s, \"library\": {\"name\": \"%s\", \"version\": \"%s\"}}".formatted(page,
            library.substring(0, library.indexOf('/')), library.substring(library.indexOf('/') + 1));
    String body = """
        {"type": "track", "event": "%s", "messageId": "%s", "userId": "u-1", "timestamp": "2026-03-01T10:00:00Z",
         "properties": {%s}, "context": %s}""".formatted(event, UUID.randomUUID(), properties, context);
    HttpResponse<String> response = collector.post("/v1/track", body);
    assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(accepted ? 200 : 400);
  }

  /** The whole answer of /report/api/health. */
  public JsonNode health() {
    HttpResponse<String> response = collector.send(collector.request("/report/api/health")
        .header("Authorization", reportAuthorization())
        .GET().build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return collector.json(response);
  }

  /** HTTP Basic with the report key as password, as a browser sends it after the prompt. */
  public static String reportAuthorization() {
    return "Basic " + Base64.getEncoder().encodeToString(("report:" + REPORT_KEY).getBytes(StandardCharsets.UTF_8));
  }

  /** Each row of {@code view} as one line made by {@code line}, in the API's order. */
  public static List<String> lines(JsonNode health, String view, Function<JsonNode, String> line) {
    List<String> lines = new ArrayList<>();
    health.get(view).forEach(row -> lines.add(line.apply(row)));
    return lines;
  }

  /** A member of a row as text; {@code null} for JSON null. */
  public static String text(JsonNode row, String member) {
    JsonNode value = row.get(member);
    return value == null || value.isNull() ? "null" : value.asString();
  }
}
