package io.eventplan.collector.warehouse;

import tools.jackson.databind.node.ObjectNode;

/**
 * One identify (a person, keyed by user id) or group call (a company, keyed by group id) with the
 * traits the validators accepted.
 *
 * @param timestamp ISO-8601 text of the call: when the person was seen
 */
public record TraitsRow(String key, ObjectNode traits, String timestamp) {}
