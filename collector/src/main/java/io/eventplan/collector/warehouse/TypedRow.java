package io.eventplan.collector.warehouse;

import io.eventplan.runtime.EventTable;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * One row of an event's typed table: the envelope columns, then the accepted envelope, one column
 * per property.
 */
public record TypedRow(
    EventTable event, UUID eventId, Instant receivedAt, String anonymousId, int planVersion, ObjectNode envelope) {}
