package io.eventplan.codegen.java;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;

/** The Java side of a property type: the plan type plus the generated types it needs. */
sealed interface ValueShape {

  PropertyType type();

  /** A type that maps to a JDK type: string, integer, number, boolean, timestamp, date, uuid, url, email. */
  record Scalar(PropertyType type) implements ValueShape {}

  /** A string with {@code values}, read into a generated enum. */
  record Enumerated(StringType type, EnumShape shape) implements ValueShape {}

  /** An array, read into a {@code List} of its items' Java type. */
  record ListOf(ArrayType type, ValueShape items) implements ValueShape {}

  /** An object, read into a generated nested record. */
  record Nested(PropertyType type, RecordShape shape) implements ValueShape {}
}
