package io.eventplan.codegen.java;

import static io.eventplan.codegen.java.SupportTypes.JSON_TOKEN;

import com.palantir.javapoet.CodeBlock;
import io.eventplan.codegen.Decimals;
import io.eventplan.plan.model.EmailType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.UrlType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the code that checks one JSON value and stores its Java form in a variable. The code runs with
 * the value's first token in {@code token}; {@code path} expressions are only evaluated on a violation.
 */
final class ValueChecks {
  private final SupportTypes types;
  private final ReaderMethods readers;

  ValueChecks(SupportTypes types, ReaderMethods readers) {
    this.types = types;
    this.readers = readers;
  }

  /**
   * Code that reads the value at the current token into {@code target}, or records violations.
   *
   * @param path an expression of the value's JSON Pointer
   * @param hint a name for helper methods, e.g. {@code Tags}
   */
  CodeBlock read(ValueShape value, String target, CodeBlock path, String hint) {
    if (value instanceof ValueShape.Nested) {
      String method = readers.objectReader(((ValueShape.Nested) value).shape());
      return structure("START_OBJECT", target, method, path, "an object");
    }
    if (value instanceof ValueShape.ListOf) {
      String method = readers.arrayReader((ValueShape.ListOf) value, hint);
      return structure("START_ARRAY", target, method, path, "an array");
    }
    switch (value.type().kind()) {
      case INTEGER:
        return integer((IntegerType) value.type(), target, path);
      case NUMBER:
        return number((NumberType) value.type(), target, path);
      case BOOLEAN:
        return CodeBlock.builder()
            .beginControlFlow("if (token == $T.VALUE_TRUE || token == $T.VALUE_FALSE)", JSON_TOKEN, JSON_TOKEN)
            .addStatement("$N = token == $T.VALUE_TRUE", target, JSON_TOKEN)
            .nextControlFlow("else")
            .addStatement("$T.wrongType(parser, token, out, $L, $S)", types.validatorSupport(), path, "a boolean")
            .endControlFlow()
            .build();
      default:
        return text(value, target, path, hint);
    }
  }

  private CodeBlock structure(String startToken, String target, String method, CodeBlock path, String expected) {
    return CodeBlock.builder()
        .beginControlFlow("if (token == $T.$L)", JSON_TOKEN, startToken)
        .addStatement("$N = $N(parser, $L, out)", target, method, path)
        .nextControlFlow("else")
        .addStatement("$T.wrongType(parser, token, out, $L, $S)", types.validatorSupport(), path, expected)
        .endControlFlow()
        .build();
  }

  private CodeBlock integer(IntegerType type, String target, CodeBlock path) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .beginControlFlow("if ($T.isLong(parser, token))", types.validatorSupport())
            .addStatement("long number = $T.longValue(parser, token)", types.validatorSupport());
    // the bounds are always checked: an integer without them is limited to JavaScript's safe integers
    long min = type.effectiveMin();
    long max = type.effectiveMax();
    bound(code, test("number < $LL", min), path, "minimum", "must be at least " + min);
    bound(code, test("number > $LL", max), path, "maximum", "must be at most " + max);
    if (!type.values().isEmpty()) {
      CodeBlock test =
          type.values().stream().map(v -> test("number != $LL", v)).collect(CodeBlock.joining(" && "));
      bound(code, test, path, "enum", "must be one of " + join(type.values()));
    }
    return code.addStatement("$N = number", target)
        .nextControlFlow("else")
        .addStatement(
            "$T.notALong(parser, token, out, $L, $LL, $LL)",
            types.validatorSupport(),
            path,
            min,
            max)
        .endControlFlow()
        .build();
  }

  private CodeBlock number(NumberType type, String target, CodeBlock path) {
    // The bounds are always checked: they also reject numbers too large for a double (1e400).
    double min = type.min().orElse(-Double.MAX_VALUE);
    double max = type.max().orElse(Double.MAX_VALUE);
    CodeBlock.Builder code =
        CodeBlock.builder()
            .beginControlFlow(
                "if (token == $T.VALUE_NUMBER_INT || token == $T.VALUE_NUMBER_FLOAT)", JSON_TOKEN, JSON_TOKEN)
            .addStatement("double number = parser.getDoubleValue()");
    bound(code, beyond("<", min), path, "minimum",
        type.min().isPresent() ? "must be at least " + min : "must be a number a double can hold");
    bound(code, beyond(">", max), path, "maximum",
        type.max().isPresent() ? "must be at most " + max : "must be a number a double can hold");
    if (!type.values().isEmpty()) {
      CodeBlock test =
          type.values().stream()
              .map(v -> CodeBlock.of("!(number == $L && $T.compareExactly(parser, $S) == 0)", v,
                  types.validatorSupport(), Decimals.shortest(v).toString()))
              .collect(CodeBlock.joining(" && "));
      bound(code, test, path, "enum", "must be one of " + join(type.values()));
    }
    return code.addStatement("$N = number", target)
        .nextControlFlow("else")
        .addStatement("$T.wrongType(parser, token, out, $L, $S)", types.validatorSupport(), path, "a number")
        .endControlFlow()
        .build();
  }

  /**
   * {@code number op bound} as JSON Schema means it: by the value written, not by the double it rounds to.
   * Rounding keeps order, so the doubles decide unless they are equal; then (rarely) the exact decimals do,
   * e.g. {@code -0.50000000000000000001} is below {@code -0.5} although its double is -0.5.
   */
  private CodeBlock beyond(String op, double bound) {
    return CodeBlock.of("number $L $L || number == $L && $T.compareExactly(parser, $S) $L 0",
        op, bound, bound, types.validatorSupport(), Decimals.shortest(bound).toString(), op);
  }

  /** string, email, url, uuid, date, timestamp, and strings with values. */
  private CodeBlock text(ValueShape value, String target, CodeBlock path, String hint) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .beginControlFlow("if (token == $T.VALUE_STRING)", JSON_TOKEN)
            .addStatement("String text = parser.getString()");
    Optional<String> pattern = Optional.empty();
    Optional<Integer> minLength = Optional.empty();
    Optional<Integer> maxLength = Optional.empty();
    switch (value.type().kind()) {
      case STRING:
        StringType string = (StringType) value.type();
        if (value instanceof ValueShape.Enumerated) {
          EnumShape shape = ((ValueShape.Enumerated) value).shape();
          code.addStatement("$N = $T.fromWire(text)", target, shape.className());
          bound(code, test("$N == null", target), path, "enum", "must be one of " + join(string.values()));
        } else {
          code.addStatement("$N = text", target);
        }
        pattern = string.pattern();
        minLength = string.minLength();
        maxLength = string.maxLength();
        break;
      case EMAIL:
        EmailType email = (EmailType) value.type();
        code.addStatement("$N = text", target);
        bound(code, CodeBlock.of("!$T.isEmail(text)", types.formats()), path, "format", "must be an e-mail address");
        pattern = email.pattern();
        minLength = email.minLength();
        maxLength = email.maxLength();
        break;
      case URL:
        UrlType url = (UrlType) value.type();
        parsed(code, target, "parseUri", path, "must be an absolute URI, e.g. https://example.com/page");
        pattern = url.pattern();
        minLength = url.minLength();
        maxLength = url.maxLength();
        break;
      case UUID:
        parsed(code, target, "parseUuid", path, "must be a UUID, e.g. 123e4567-e89b-12d3-a456-426614174000");
        break;
      case DATE:
        parsed(code, target, "parseDate", path, "must be a date, e.g. 2024-01-31");
        break;
      case TIMESTAMP:
        parsed(code, target, "parseDateTime", path, "must be a date-time with offset, e.g. 2024-01-31T12:00:00Z");
        break;
      default:
        throw new IllegalArgumentException("not a text type: " + value.type().kind());
    }
    pattern.ifPresent(
        regex ->
            bound(code, test("!$N.matcher(text).find()", readers.patternField(regex, hint)), path, "pattern",
                "must match the pattern " + regex));
    minLength.ifPresent(
        min ->
            bound(code, CodeBlock.of("$T.shorterThan(text, $L)", types.validatorSupport(), min), path,
                "minLength", "must be at least " + min + " characters long"));
    maxLength.ifPresent(
        max ->
            bound(code, CodeBlock.of("$T.longerThan(text, $L)", types.validatorSupport(), max), path,
                "maxLength", "must be at most " + max + " characters long"));
    return code.nextControlFlow("else")
        .addStatement("$T.wrongType(parser, token, out, $L, $S)", types.validatorSupport(), path, "a string")
        .endControlFlow()
        .build();
  }

  private void parsed(CodeBlock.Builder code, String target, String parser, CodeBlock path, String message) {
    code.addStatement("$N = $T.$L(text)", target, types.formats(), parser);
    bound(code, test("$N == null", target), path, "format", message);
  }

  private static CodeBlock test(String format, Object argument) {
    return CodeBlock.of(format, argument);
  }

  /** {@code if (test) out.add(violation)}. */
  private void bound(CodeBlock.Builder code, CodeBlock test, CodeBlock path, String rule, String message) {
    code.beginControlFlow("if ($L)", test)
        .addStatement("out.add(new $T($L, $S, $S))", types.violation(), path, rule, message)
        .endControlFlow();
  }

  private static String join(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
