package io.eventplan.collector.warehouse;

import java.time.Instant;

/**
 * One row of {@code rejected_events}: something the collector could not accept, as it was sent
 * (without the write key), and every reason.
 *
 * @param eventName null for calls without one (identify, group) or when it was missing
 * @param payload the message as JSON text, or the body as received when it was not JSON
 * @param reasonsJson a JSON array of {path, rule, message}
 * @param sourceIp the client's address as an IP literal, or null
 */
public record RejectedRow(
    Instant receivedAt, String eventName, String payload, String reasonsJson, String sourceIp, int planVersion) {}
