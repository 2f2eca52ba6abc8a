package io.eventplan.collector.warehouse;

import java.time.Instant;

/**
 * One row of {@code rejected_events}: a message the collector could not accept, as it was sent
 * (without the write key), and every reason.
 *
 * @param messageType Segment's call type ({@code track}, {@code identify}, ...), or what was sent
 * @param eventName null for calls without one (identify, group) or when it was missing
 * @param messageId Segment's messageId as sent; null when absent
 * @param payloadJson the message, storable in jsonb
 * @param reasonsJson a JSON array of {path, rule, message}
 */
public record RejectedRow(
    Instant receivedAt,
    String messageType,
    String eventName,
    String messageId,
    String payloadJson,
    String reasonsJson,
    int planVersion) {}
