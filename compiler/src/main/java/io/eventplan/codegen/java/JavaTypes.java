package io.eventplan.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The Java type of each plan type: primitives for required numbers and booleans, boxes otherwise. */
final class JavaTypes {

  private JavaTypes() {}

  /** The component type: {@code long} when required, {@code Long} (nullable) when optional. */
  static TypeName of(ValueShape value, boolean required) {
    TypeName boxed = boxed(value);
    return required && boxed.isBoxedPrimitive() ? boxed.unbox() : boxed;
  }

  /** The type as a reference, as in {@code List<Long>}. */
  static TypeName boxed(ValueShape value) {
    if (value instanceof ValueShape.Enumerated) {
      return ((ValueShape.Enumerated) value).shape().className();
    }
    if (value instanceof ValueShape.Nested) {
      return ((ValueShape.Nested) value).shape().className();
    }
    if (value instanceof ValueShape.ListOf) {
      return ParameterizedTypeName.get(ClassName.get(List.class), boxed(((ValueShape.ListOf) value).items()));
    }
    switch (value.type().kind()) {
      case INTEGER:
        return ClassName.get(Long.class);
      case NUMBER:
        return ClassName.get(Double.class);
      case BOOLEAN:
        return ClassName.get(Boolean.class);
      case TIMESTAMP:
        return ClassName.get(Instant.class);
      case DATE:
        return ClassName.get(LocalDate.class);
      case UUID:
        return ClassName.get(UUID.class);
      case URL:
        return ClassName.get(URI.class);
      default:
        return ClassName.get(String.class);
    }
  }

  /** Whether the component is a reference that must not be null when the property is required. */
  static boolean isReference(ValueShape value, boolean required) {
    return !of(value, required).isPrimitive();
  }
}
