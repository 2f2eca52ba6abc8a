package io.eventplan.codegen.warehouse;

import io.eventplan.runtime.support.FormatPatterns;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import com.google.re2j.Pattern;
import io.eventplan.plan.pattern.PlanPattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database judges patterns like the collector: for every translated pattern and every sample string, PostgreSQL's
 * {@code ~} gives the verdict of the pattern's RE2 form, which gives JavaScript's (plan-model's
 * PatternConformanceTest).
 */
class PosixPatternTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static TestDatabase db;

  private static final List<String> PATTERNS = List.of(
      "^ord_[0-9a-z]{12}$", "^[A-Z]{2}$", "abc", "^a.c$", "^\\d+$", "^\\D*$", "^\\w+$", "^\\W$", "^\\s*$", "^\\S+$",
      "^[\\w.+-]+@[\\w-]+\\.[\\w.]+$", "^(foo|bar)+$", "^(?:ab)?c$", "colou?r", "^a{2,3}$", "^a{2,}$", "^a*?b$",
      "^[^0-9]+$", "^[-a]$", "^[a-]$", "^[\\]\\[]$", "^\\$\\^\\.\\*\\+\\?\\(\\)\\{\\}\\|\\\\/$", "^[é-ü]+$",
      "^x$|^y$", "^$", "^[\\t ]$", "a|", "^(a|b|)$", "^[+*?.]$", "^café$", "^[\\d\\s]+$", "[.]", "^-?\\d+(\\.\\d+)?$",
      "#", "^'\"$", "^a b$", "^[\\s\\S]$", "^[^\\s]$", "^[\\S\\d]+$", "\\x41", "\\u0041", "^\\u{1F600}$",
      "^[\\D]$", "\\cA", "\\0", "^(?<name>a)$", "[😀-😂]", "^(a|)b$", "^.{3}$",
      io.eventplan.runtime.support.FormatPatterns.DATE, io.eventplan.runtime.support.FormatPatterns.UUID,
      io.eventplan.runtime.support.FormatPatterns.EMAIL);

  private static final List<String> SAMPLES = List.of(
      "", "a", "abc", "abd", "a\nc", "a\rc", "axc", "aéc", "a\u2028c", "a\u0085c", "123", "12a", "١٢٣", "ab_9", "é",
      " ", "\t", "\n", "\u00a0", "x", "y", "xy", "ord_7k2m9x4q1z8c", "ord_7k2m9x4q1z8", "GB", "gb", "GBR",
      "ada@example.com", "a.b+c@ex-ample.co.uk", "foo", "foobar", "barfoo", "fob", "c", "abc", "color", "colour",
      "aa", "aaa", "aaaa", "b", "aab", "-", "]", "[", "$^.*+?(){}|\\/", "ü", "ñ", "ÿ", "+", "café", "cafe", "1 2",
      "-12.5", "12.", "#", "'\"", "a b", "abc\n", "x\n", "x\r\n", "\n\n", "aa\u2028", "😀", "a😀c", "\u3000", "\ufeff", "A", "\u0001",
      "2024-02-29", "2023-02-29", "123e4567-e89b-12d3-a456-426614174000", "ab\r", "😁");

  @BeforeAll
  static void database() {
    db = POSTGRES.freshDatabase();
  }

  @Test
  void everyTranslatedPatternAgreesWithJavaOnEverySample() throws Exception {
    List<String> disagreements = new ArrayList<>();
    try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("SELECT ? ~ ?")) {
      for (String regex : PATTERNS) {
        String translated = PosixPattern.translate(regex).orElseThrow(() -> new AssertionError("untranslated: " + regex));
        Pattern java = Pattern.compile(PlanPattern.of(regex).re2());
        for (String sample : SAMPLES) {
          s.setString(1, sample);
          s.setString(2, translated);
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            boolean postgres = rs.getBoolean(1);
            if (postgres != java.matcher(sample).find()) {
              disagreements.add(regex + " -> " + translated + " on '" + sample.replace("\n", "\\n") + "': RE2 "
                  + !postgres + ", postgres " + postgres);
            }
          }
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\\bword\\b", "\\Bx", "\\p{L}+", "[\\p{Lu}a]", "a{1,256}", "(?:[a-z]{100}){30}"})
  void featuresOutsideTheSafeSubsetAreLeftToTheCollector(String regex) {
    assertThat(PosixPattern.translate(regex)).isEmpty();
  }
}
