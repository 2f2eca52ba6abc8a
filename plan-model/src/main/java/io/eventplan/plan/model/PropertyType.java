package io.eventplan.plan.model;

/** The closed set of data types a property can have, each with the constraints that apply to it. */
public sealed interface PropertyType
    permits StringType,
        IntegerType,
        NumberType,
        BooleanType,
        TimestampType,
        DateType,
        UuidType,
        UrlType,
        EmailType,
        ArrayType,
        ObjectType {

  /** Which of the data types this is; switch on it (the JDK baseline is 17). */
  TypeKind kind();

  /** The type's name as written in the plan, e.g. {@code timestamp}. */
  default String planName() {
    return kind().planName();
  }
}
