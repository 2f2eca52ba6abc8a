package io.eventplan.collector.judge;

/**
 * Why a payload was refused; the same shape as the generated validators' Violation.
 *
 * @param path JSON Pointer into the judged object, {@code ""} for the object itself
 * @param rule a stable rule name: the validators' ({@code required}, {@code type}, {@code enum},
 *     {@code pattern}, {@code minLength}, {@code maxLength}, {@code minimum}, {@code maximum},
 *     {@code format}, {@code additionalProperties}, {@code minItems}, {@code maxItems},
 *     {@code syntax}) or the collector's own (see {@link CollectorRules})
 * @param message for people; wording may change, the rule does not
 */
public record Violation(String path, String rule, String message) {}
