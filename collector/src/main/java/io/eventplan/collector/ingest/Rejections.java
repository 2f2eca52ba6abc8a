package io.eventplan.collector.ingest;

import io.eventplan.collector.judge.Violation;
import io.eventplan.collector.segment.EventIds;
import io.eventplan.collector.segment.MessageType;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.RejectedRow;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds {@code rejected_events} rows: the message as sent, every reason as JSON, and what the health views and a
 * replay need: the call type, the sending library, and for track, page and screen calls the event id (the one its messageId
 * gives, else a new one), so that an event a replay accepts later is stored under one id, once.
 */
public final class Rejections {
  private final JsonText json;
  private final int planVersion;

  public Rejections(JsonText json, int planVersion) {
    this.json = json;
    this.planVersion = planVersion;
  }

  public Write.Reject reject(Origin origin, List<Violation> violations) {
    JsonNode message = origin.payload();
    String payload = message != null ? json.text(message) : storableText(origin.rawPayload());
    JsonNode library = message == null ? null : message.path("context").path("library");
    RejectedRow row = new RejectedRow(origin.received().at(), origin.eventName(), payload,
        json.storable(toJson(violations)), origin.received().sourceIp(), planVersion,
        isEvent(origin.messageType()) ? eventId(message) : null,
        MessageType.fromWireName(origin.messageType()).map(MessageType::wireName).orElse(null),
        text(library, "name"), text(library, "version"));
    return new Write.Reject(origin, row, violations);
  }

  private static boolean isEvent(String messageType) {
    return MessageType.TRACK.wireName().equals(messageType) || MessageType.PAGE.wireName().equals(messageType)
        || MessageType.SCREEN.wireName().equals(messageType);
  }

  /** The id the mapper gives the message: from its messageId, or a new one when it has none. */
  private static UUID eventId(JsonNode message) {
    JsonNode messageId = message == null ? null : message.get("messageId");
    boolean usable = messageId != null && (messageId.isString() || messageId.isIntegralNumber())
        && !messageId.asString().isEmpty();
    return usable ? EventIds.fromMessageId(messageId.asString()) : UUID.randomUUID();
  }

  /** A string member of the sender's library object, storable; null when absent or not a string. */
  private static String text(JsonNode library, String member) {
    JsonNode value = library == null ? null : library.get(member);
    return value != null && value.isString() ? value.stringValue().replace('\u0000', '\uFFFD') : null;
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
