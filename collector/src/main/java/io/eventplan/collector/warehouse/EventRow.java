package io.eventplan.collector.warehouse;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code events}: every accepted event, whatever its name.
 *
 * @param eventVersion the event's major version in the plan
 * @param timestamp ISO-8601 text, cast by PostgreSQL
 * @param propertiesJson the envelope the validators accepted
 * @param contextJson Segment's context (batch context merged in)
 */
public record EventRow(
    UUID eventId,
    String eventName,
    int eventVersion,
    String userId,
    String anonymousId,
    String timestamp,
    Instant receivedAt,
    String url,
    String propertiesJson,
    String contextJson,
    int planVersion) {}
