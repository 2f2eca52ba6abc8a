package io.eventplan.codegen.java;

import com.palantir.javapoet.ClassName;

/** Names of the types the generated code uses: the generated support types and Jackson's. */
record SupportTypes(
    ClassName violation,
    ClassName validationResult,
    ClassName eventValidator,
    ClassName eventRegistry,
    ClassName validatorSupport,
    ClassName formats) {

  static final ClassName JSON_PARSER = ClassName.get("tools.jackson.core", "JsonParser");
  static final ClassName JSON_TOKEN = ClassName.get("tools.jackson.core", "JsonToken");
  static final ClassName RE2_PATTERN = ClassName.get("com.google.re2j", "Pattern");
  static final ClassName JACKSON_EXCEPTION = ClassName.get("tools.jackson.core", "JacksonException");

  static SupportTypes in(String javaPackage) {
    return new SupportTypes(
        ClassName.get(javaPackage, "Violation"),
        ClassName.get(javaPackage, "ValidationResult"),
        ClassName.get(javaPackage, "EventValidator"),
        ClassName.get(javaPackage, "EventRegistry"),
        ClassName.get(javaPackage, "ValidatorSupport"),
        ClassName.get(javaPackage, "Formats"));
  }
}
