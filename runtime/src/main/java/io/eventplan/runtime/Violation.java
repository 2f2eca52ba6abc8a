package io.eventplan.runtime;

/**
 * One broken rule of the plan in a validated event.
 *
 * @param path the JSON Pointer of the value: {@code ""} for the event itself, {@code /type} for a member (also when it
 *     is missing or not allowed), {@code /items/0} for an array element
 * @param rule which rule: required, type, enum, pattern, minLength, maxLength, minimum, maximum, format,
 *     additionalProperties, minItems, maxItems, or syntax (malformed JSON, not an object, duplicate member); the same
 *     names as the JSON Schema keywords
 * @param message what is wrong, for people
 */
public record Violation(String path, String rule, String message) {}
