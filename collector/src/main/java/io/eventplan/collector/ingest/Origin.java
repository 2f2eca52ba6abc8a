package io.eventplan.collector.ingest;

import tools.jackson.databind.JsonNode;

/**
 * Where a write came from: enough to keep the message in {@code rejected_events} if it is refused,
 * by the plan or later by the warehouse.
 *
 * @param eventName null when the call has none
 * @param payload the message as sent, batch context merged in, write key removed; null when the
 *     body was not JSON
 * @param rawPayload the body as received when it was not JSON (then {@code payload} is null)
 */
public record Origin(Received received, String messageType, String eventName, JsonNode payload, String rawPayload) {

  public static Origin of(Received received, String messageType, String eventName, JsonNode payload) {
    return new Origin(received, messageType, eventName, payload, null);
  }
}
