package io.eventplan.codegen.java;

import com.palantir.javapoet.ClassName;

/**
 * Names of the types the generated code uses: eventplan-runtime's (validator, result, violation, the plan service
 * and its table descriptions, the support code), Jackson's and RE2's, and the generated registry.
 */
record SupportTypes(ClassName eventRegistry) {
  static final String RUNTIME = "io.eventplan.runtime";
  static final String SUPPORT = "io.eventplan.runtime.support";

  static final ClassName VIOLATION = ClassName.get(RUNTIME, "Violation");
  static final ClassName VALIDATION_RESULT = ClassName.get(RUNTIME, "ValidationResult");
  static final ClassName EVENT_VALIDATOR = ClassName.get(RUNTIME, "EventValidator");
  static final ClassName EVENT_PLAN = ClassName.get(RUNTIME, "EventPlan");
  static final ClassName PLAN_TABLES = ClassName.get(RUNTIME, "PlanTables");
  static final ClassName EVENT_TABLE = ClassName.get(RUNTIME, "EventTable");
  static final ClassName TRAITS_TABLE = ClassName.get(RUNTIME, "TraitsTable");
  static final ClassName COLUMN = ClassName.get(RUNTIME, "Column");
  static final ClassName COLUMN_TYPE = ClassName.get(RUNTIME, "ColumnType");
  static final ClassName EVENT_STATUS = ClassName.get(RUNTIME, "EventStatus");
  static final ClassName VALIDATOR_SUPPORT = ClassName.get(SUPPORT, "ValidatorSupport");
  static final ClassName FORMATS = ClassName.get(SUPPORT, "Formats");

  static final ClassName JSON_PARSER = ClassName.get("tools.jackson.core", "JsonParser");
  static final ClassName JSON_TOKEN = ClassName.get("tools.jackson.core", "JsonToken");
  static final ClassName JACKSON_EXCEPTION = ClassName.get("tools.jackson.core", "JacksonException");
  static final ClassName RE2_PATTERN = ClassName.get("com.google.re2j", "Pattern");

  static SupportTypes in(String javaPackage) {
    return new SupportTypes(ClassName.get(javaPackage, "EventRegistry"));
  }

  ClassName violation() {
    return VIOLATION;
  }

  ClassName validationResult() {
    return VALIDATION_RESULT;
  }

  ClassName eventValidator() {
    return EVENT_VALIDATOR;
  }

  ClassName validatorSupport() {
    return VALIDATOR_SUPPORT;
  }

  ClassName formats() {
    return FORMATS;
  }
}
