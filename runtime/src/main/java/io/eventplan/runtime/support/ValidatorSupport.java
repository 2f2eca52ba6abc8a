package io.eventplan.runtime.support;

import io.eventplan.runtime.EventValidator;
import io.eventplan.runtime.ValidationResult;
import io.eventplan.runtime.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The steps every generated validator shares: reading JSON tokens and recording violations. */
public final class ValidatorSupport {
  /** Immutable and thread-safe; Jackson's defaults (strict JSON, stream read limits). */
  private static final JsonFactory JSON = new JsonFactory();

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private ValidatorSupport() {}

  /** Validates a whole document: exactly one JSON value, which the validator checks. */
  public static <T> ValidationResult<T> validateDocument(byte[] json, EventValidator<T> validator) {
    List<Violation> out = new ArrayList<>();
    T value = null;
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
      ValidationResult<T> result = validator.validate(parser);
      out.addAll(result.violations());
      value = result.value();
      if (!hasSyntaxViolation(out) && parser.nextToken() != null) {
        out.add(new Violation("", "syntax", "unexpected content after the JSON object"));
      }
    } catch (JacksonException e) {
      syntax(out, e);
    }
    return result(value, out);
  }

  /**
   * Moves to the event's START_OBJECT: the current token, or the next one when the parser has none yet or
   * ended the previous event. Otherwise records why there is none and returns false.
   */
  public static boolean startObject(JsonParser parser, List<Violation> out) {
    JsonToken token = parser.currentToken();
    if (token == null || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      token = parser.nextToken();
    }
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    out.add(new Violation("", "syntax", token == null ? "no JSON value" : "must be a JSON object, not " + describe(token)));
    if (token != null) {
      parser.skipChildren();
    }
    return false;
  }

  public static <T> ValidationResult<T> result(T value, List<Violation> out) {
    return out.isEmpty() ? ValidationResult.valid(value) : ValidationResult.invalid(out);
  }

  public static void syntax(List<Violation> out, JacksonException e) {
    String message = e.getOriginalMessage();
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
    out.add(new Violation("", "syntax", message));
  }

  /** A member the plan does not define: records it and skips its value. */
  public static void unknownMember(JsonParser parser, List<Violation> out, String path, String member) {
    out.add(new Violation(pointer(path, member), "additionalProperties", "is not a property of the plan"));
    parser.skipChildren();
  }

  public static void duplicate(List<Violation> out, String path) {
    out.add(new Violation(path, "syntax", "duplicate member"));
  }

  public static void missing(List<Violation> out, String path) {
    out.add(new Violation(path, "required", "is required"));
  }

  /** A value of the wrong JSON type, null included: records it and skips the value. */
  public static void wrongType(JsonParser parser, JsonToken token, List<Violation> out, String path, String expected) {
    String message = token == JsonToken.VALUE_NULL
        ? "must not be null; leave the member out instead"
        : "must be " + expected + ", not " + describe(token);
    out.add(new Violation(path, "type", message));
    parser.skipChildren();
  }

  /**
   * Whether the value is an integer that fits in a long; 1.0 and 1e3 count, as in JSON Schema. A number
   * written with a fraction or an exponent is judged by its exact decimal value, not by the double it rounds
   * to: 1.0000000000000000001 is not an integer.
   */
  public static boolean isLong(JsonParser parser, JsonToken token) {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal number = parser.getDecimalValue();
      return isIntegral(number) && number.compareTo(LONG_MIN) >= 0 && number.compareTo(LONG_MAX) <= 0;
    }
    return false;
  }

  /** The value of a number for which {@link #isLong} holds. */
  public static long longValue(JsonParser parser, JsonToken token) {
    return token == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : parser.getDecimalValue().longValueExact();
  }

  /**
   * The sign of (value - decimal) for the number at the parser, compared exactly. Validators call it only when
   * the value's double equals a bound or an allowed value, to decide as JSON Schema does, by the written value.
   */
  public static int compareExactly(JsonParser parser, String decimal) {
    return parser.getDecimalValue().compareTo(new BigDecimal(decimal));
  }

  /** Records why a value is not an integer within [minimum, maximum] that fits in a long. */
  public static void notALong(JsonParser parser, JsonToken token, List<Violation> out, String path, long minimum, long maximum) {
    boolean negative;
    if (token == JsonToken.VALUE_NUMBER_INT) {
      negative = parser.getBigIntegerValue().signum() < 0;
    } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal number = parser.getDecimalValue();
      if (!isIntegral(number)) {
        out.add(new Violation(path, "type", "must be an integer, not " + parser.getString()));
        return;
      }
      negative = number.signum() < 0;
    } else {
      wrongType(parser, token, out, path, "an integer");
      return;
    }
    if (negative) {
      out.add(new Violation(path, "minimum", "must be at least " + minimum));
    } else {
      out.add(new Violation(path, "maximum", "must be at most " + maximum));
    }
  }

  private static boolean isIntegral(BigDecimal number) {
    return number.signum() == 0 || number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0;
  }

  /** Whether the text has more than {@code max} code points. */
  public static boolean longerThan(String text, int max) {
    return text.length() > max && text.codePointCount(0, text.length()) > max;
  }

  /** Whether the text has fewer than {@code min} code points. */
  public static boolean shorterThan(String text, int min) {
    return text.length() < min || text.codePointCount(0, text.length()) < min;
  }

  /** The JSON Pointer of member {@code member} of the object at {@code path}. */
  public static String pointer(String path, String member) {
    return path + "/" + member.replace("~", "~0").replace("/", "~1");
  }

  private static boolean hasSyntaxViolation(List<Violation> violations) {
    for (Violation violation : violations) {
      if (violation.rule().equals("syntax")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name();
    }
  }
}
