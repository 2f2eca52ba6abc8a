package io.eventplan.codegen.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers are printed as the shortest decimal that reads back as the same double, whatever the JDK. */
class JsonValuesTest {

  @ParameterizedTest
  @CsvSource({
      "0.1, 0.1",
      "-0.5, -0.5",
      "100.0, 100",
      "0.0, 0",
      "-0.0, 0",
      "1.0E20, 100000000000000000000",
      "1.0E21, 1E+21",
      "1.0E-7, 1E-7",
      "2.0E-3, 0.002",
      "1.0E23, 1E+23", // JDK 17's Double.toString prints 1.0E23, JDK 19+ too; the double is 9.999999999999999161E22
      "5.684341886080802E-14, 5.684341886080802E-14", // 2^-44: JDK 17's Double.toString prints 5.6843418860808015E-14
      "1.7976931348623157E308, 1.7976931348623157E+308",
      "4.9E-324, 5E-324"
  })
  void printsTheShortestExactDecimal(double value, String expected) {
    assertThat(JsonValues.shortestDecimal(value).toString()).isEqualTo(expected);
  }

  @Test
  void randomDoublesReadBackAndAreNoLongerThanDoubleToString() {
    SplittableRandom random = new SplittableRandom(20261125L);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(value) || value == 0) {
        continue;
      }
      BigDecimal printed = JsonValues.shortestDecimal(value);
      int jdkDigits = new BigDecimal(Double.toString(value)).stripTrailingZeros().precision();
      if (Double.parseDouble(printed.toString()) != value || printed.stripTrailingZeros().precision() > jdkDigits) {
        wrong.add(Double.toString(value) + " printed as " + printed);
      }
    }
    assertThat(wrong).isEmpty();
  }
}
