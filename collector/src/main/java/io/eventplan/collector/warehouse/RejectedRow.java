package io.eventplan.collector.warehouse;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code rejected_events}: something the collector could not accept, as it was sent
 * (without the write key), every reason, and what the health views and a replay need of it.
 *
 * @param eventName null for calls without one (identify, group) or when it was missing
 * @param payload the message as JSON text, or the body as received when it was not JSON
 * @param reasonsJson a JSON array of {path, rule, message}
 * @param sourceIp the client's address as an IP literal, or null
 * @param eventId the id the event would have had (from its messageId, else a new one), under which a replay stores
 *     it; null for calls that are not events
 * @param messageType track, page, identify or group; null when unknown
 * @param libraryName {@code context.library.name} of the sender, or null
 * @param libraryVersion {@code context.library.version} of the sender, or null
 */
public record RejectedRow(
    Instant receivedAt, String eventName, String payload, String reasonsJson, String sourceIp, int planVersion,
    UUID eventId, String messageType, String libraryName, String libraryVersion) {}
