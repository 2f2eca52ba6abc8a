package io.eventplan.collector.ingest;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Where a write came from: enough to store the message in {@code rejected_events} if the warehouse
 * refuses the row the validators accepted.
 *
 * @param messageType Segment's call type as sent
 * @param eventName null when the call has none
 * @param messageId Segment's messageId as sent, or null
 * @param payload the message as sent, batch context merged in, write key removed
 */
public record Origin(Instant receivedAt, String messageType, String eventName, String messageId, JsonNode payload) {}
