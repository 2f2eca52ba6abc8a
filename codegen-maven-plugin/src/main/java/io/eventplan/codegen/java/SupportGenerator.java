package io.eventplan.codegen.java;

import static io.eventplan.codegen.java.SupportTypes.JSON_PARSER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.eventplan.plan.model.TypeKind;
import io.eventplan.plan.pattern.FormatPatterns;
import io.eventplan.plan.pattern.PlanPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates the types every validator shares: the public {@code Violation}, {@code ValidationResult} and
 * {@code EventValidator} (JavaPoet), and the package-private {@code ValidatorSupport} and {@code Formats},
 * whose fixed code is kept as reviewable templates next to this class.
 */
final class SupportGenerator {
  private static final TypeVariableName T = TypeVariableName.get("T");

  private final SupportTypes types;
  private final TypeName violations;

  SupportGenerator(SupportTypes types) {
    this.types = types;
    this.violations = ParameterizedTypeName.get(ClassName.get(List.class), types.violation());
  }

  List<TypeSpec> publicTypes() {
    return List.of(violation(), validationResult(), eventValidator());
  }

  /** The fixed support sources, by simple name: {@code Formats} and {@code ValidatorSupport}. */
  static List<String> templateNames() {
    return List.of("Formats", "ValidatorSupport");
  }

  /** The source of a template for {@code javaPackage}, starting with {@code header}. */
  static String template(String name, String javaPackage, String header) {
    String resource = name + ".java.txt";
    try (InputStream in = SupportGenerator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing template " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (TypeKind kind : TypeKind.values()) {
        String placeholder = "{{" + kind.name() + "}}";
        if (text.contains(placeholder)) {
          String re2 = PlanPattern.of(FormatPatterns.of(kind).orElseThrow()).re2();
          text = text.replace(placeholder, CodeBlock.of("$S", re2).toString());
        }
      }
      return text.replace("{{header}}", header).replace("{{package}}", javaPackage);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TypeSpec violation() {
    return TypeSpec.recordBuilder(types.violation())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("One broken rule of the plan in a validated event.\n\n")
        .addJavadoc("@param path the JSON Pointer of the value: {@code \"\"} for the event itself, {@code /type} for a\n")
        .addJavadoc("    member (also when it is missing or not allowed), {@code /items/0} for an array element\n")
        .addJavadoc("@param rule which rule: required, type, enum, pattern, minLength, maxLength, minimum, maximum,\n")
        .addJavadoc("    format, additionalProperties, minItems, maxItems, or syntax (malformed JSON, not an object,\n")
        .addJavadoc("    duplicate member); the same names as the JSON Schema keywords\n")
        .addJavadoc("@param message what is wrong, for people\n")
        .recordConstructor(
            MethodSpec.constructorBuilder()
                .addParameter(String.class, "path")
                .addParameter(String.class, "rule")
                .addParameter(String.class, "message")
                .build())
        .build();
  }

  private TypeSpec validationResult() {
    ClassName self = types.validationResult();
    TypeName result = ParameterizedTypeName.get(self, T);
    return TypeSpec.recordBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(T)
        .addJavadoc("The outcome of validating one event: the typed value, or every violation.\n\n")
        .addJavadoc("@param value the typed event; null when invalid\n")
        .addJavadoc("@param violations every broken rule, in reading order; empty when valid\n")
        .addJavadoc("@param <T> the record type\n")
        .recordConstructor(
            MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(T, "value")
                .addParameter(violations, "violations")
                .addStatement("violations = $T.copyOf(violations)", List.class)
                .beginControlFlow("if ((value == null) == violations.isEmpty())")
                .addStatement(
                    "throw new $T($S)", IllegalArgumentException.class, "exactly one of value and violations")
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("valid")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(T)
                .returns(result)
                .addParameter(T, "value")
                .addStatement("return new $T<>($T.requireNonNull(value), $T.of())", self, Objects.class, List.class)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("invalid")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(T)
                .returns(result)
                .addParameter(violations, "violations")
                .addStatement("return new $T<>(null, violations)", self)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("isValid")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("True when the event follows the plan; then {@link #value()} is set.\n")
                .returns(boolean.class)
                .addStatement("return violations.isEmpty()")
                .build())
        .build();
  }

  private TypeSpec eventValidator() {
    TypeName result = ParameterizedTypeName.get(types.validationResult(), T);
    return TypeSpec.interfaceBuilder(types.eventValidator())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(T)
        .addJavadoc("Checks events of one kind against the plan and reads them into typed records.\n\n")
        .addJavadoc("@param <T> the record type\n")
        .addMethod(
            MethodSpec.methodBuilder("eventName")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("The event name, or {@code people} / {@code companies} for traits.\n")
                .returns(String.class)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("Validates one UTF-8 JSON document holding one event.\n")
                .returns(result)
                .addParameter(byte[].class, "json")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("Validates the event at the parser: its START_OBJECT, or the next token when the parser\n")
                .addJavadoc("has no current token or just ended the previous event. Leaves the parser at the event's\n")
                .addJavadoc("END_OBJECT (unless the JSON is malformed), so a stream of events can be read in a loop.\n")
                .returns(result)
                .addParameter(ParameterSpec.builder(JSON_PARSER, "parser").build())
                .build())
        .build();
  }
}
