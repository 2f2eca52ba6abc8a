package io.eventplan.plan;

/**
 * Stable identifiers of every rule the reader and checker enforce. The names are part of the public
 * contract: they appear in build output and docs/tracking-plan-format.md, so never rename one.
 */
public enum DiagnosticCode {
  FILE_TOO_LARGE,
  FILE_EMPTY,
  ENCODING,
  YAML_SYNTAX,
  YAML_TAB,
  YAML_ALIAS,
  DUPLICATE_KEY,
  WRONG_SHAPE,
  UNKNOWN_KEY,
  MISSING_KEY,
  INVALID_VALUE,
  UNKNOWN_TYPE,
  CONSTRAINT_NOT_APPLICABLE,
  VALUE_TYPE_MISMATCH,
  VALUE_CONSTRAINT,
  DUPLICATE_VALUE,
  RANGE_INVALID,
  INTEGER_NOT_SAFE,
  PATTERN_INVALID,
  PATTERN_NOT_PORTABLE,
  PATTERN_NOT_LINEAR,
  PATTERN_TOO_LARGE,
  REFINEMENT_CHANGES_TYPE,
  REFINEMENT_KEY,
  UNKNOWN_REFERENCE,
  NAME_COLLISION,
  NAME_EMPTY,
  NAME_TOO_LONG,
  EVENT_NAMING,
  PROPERTY_NAMING,
  REPORT_EVENT_MISSING
}
