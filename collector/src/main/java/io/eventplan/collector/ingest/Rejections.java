package io.eventplan.collector.ingest;

import io.eventplan.collector.judge.Violation;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.RejectedRow;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds {@code rejected_events} rows: the message as sent and every reason as JSON. */
public final class Rejections {
  private final JsonText json;
  private final int planVersion;

  public Rejections(JsonText json, int planVersion) {
    this.json = json;
    this.planVersion = planVersion;
  }

  public Write.Reject reject(Origin origin, List<Violation> violations) {
    String payload = origin.payload() != null ? json.text(origin.payload()) : storableText(origin.rawPayload());
    RejectedRow row = new RejectedRow(origin.received().at(), origin.eventName(), payload,
        json.storable(toJson(violations)), origin.received().sourceIp(), planVersion);
    return new Write.Reject(origin, row, violations);
  }

  /** PostgreSQL text cannot hold U+0000; the raw body keeps everything else. */
  private static String storableText(String raw) {
    return raw == null ? "" : raw.replace('\u0000', '\uFFFD');
  }

  /** Violations as a JSON array of {path, rule, message}, as in rejected_events.reasons and API errors. */
  public static ArrayNode toJson(List<Violation> violations) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Violation violation : violations) {
      ObjectNode item = array.addObject();
      item.put("path", violation.path());
      item.put("rule", violation.rule());
      item.put("message", violation.message());
    }
    return array;
  }
}
