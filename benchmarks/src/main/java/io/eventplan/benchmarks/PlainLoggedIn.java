package io.eventplan.benchmarks;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * The "Logged In" event as a plain record for Jackson data binding: the generated record's field types, except that
 * {@code type} stays a String, and no checks at all. It is the baseline of what reading the event costs.
 */
public record PlainLoggedIn(UUID eventId, Instant timestamp, String userId, URI url, String type) {}
