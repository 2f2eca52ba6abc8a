package io.eventplan.examples.differential;

import java.io.StringWriter;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A payload as a reader that turns every number into a double sees it (JavaScript's JSON.parse, and so ajv and
 * the snippet's dev-mode check): each number rewritten as its double, so that {@code 9223372036854775807}
 * becomes {@code 9223372036854775808} and {@code 1.0000000000000000001} becomes {@code 1}. A number beyond the doubles ({@code 1e400}) keeps its text: such a reader sees an infinity, which
 * no JSON number is, and the Java validators reject the text as out of range.
 */
final class DoubleReading {
  private static final JsonFactory FACTORY = new JsonFactory();

  private DoubleReading() {}

  static String of(String json) {
    StringWriter out = new StringWriter();
    try (JsonParser in = FACTORY.createParser(ObjectReadContext.empty(), json);
        JsonGenerator copy = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          copy.writeNumber(asDouble(in.getString()));
        } else {
          copy.copyCurrentEvent(in);
        }
      }
    }
    return out.toString();
  }

  /**
   * The double of {@code numberText}: a whole number below 2^64 exactly (-2^63 is -9223372036854775808, which
   * the shortest text -9.223372036854776E+18 is not, and the integer bounds of the schemas are exact), any other
   * as its shortest text, which orders as the double does against the shortest texts of the plan's numbers.
   */
  private static String asDouble(String numberText) {
    double value = new BigDecimal(numberText).doubleValue();
    if (Double.isInfinite(value)) {
      return numberText;
    }
    if (value == Math.rint(value) && Math.abs(value) < 0x1p64) {
      return new BigDecimal(value).toBigInteger().toString();
    }
    return Decimals.shortest(value).toString();
  }
}
