package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database judges patterns like the Java validator: for every translated pattern and every
 * sample string, PostgreSQL's {@code ~} gives the verdict of {@code Pattern.find()}.
 */
class PosixPatternTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static TestDatabase db;

  private static final List<String> PATTERNS = List.of(
      "^ord_[0-9a-z]{12}$", "^[A-Z]{2}$", "abc", "^a.c$", "^\\d+$", "^\\D*$", "^\\w+$", "^\\W$", "^\\s*$", "^\\S+$",
      "^[\\w.+-]+@[\\w-]+\\.[\\w.]+$", "^(foo|bar)+$", "^(?:ab)?c$", "colou?r", "^a{2,3}$", "^a{2,}$", "^a*?b$",
      "^[^0-9]+$", "^[-a]$", "^[a-]$", "^[\\]\\[]$", "^\\$\\^\\.\\*\\+\\?\\(\\)\\{\\}\\|\\\\/$", "^[é-ü]+$",
      "^x$|^y$", "^$", "^[\\t ]$", "a|", "^(a|b|)$", "^[+*?.]$", "^café$", "^[\\d\\s]+$", "[.]", "^-?\\d+(\\.\\d+)?$",
      "#", "^'\"$", "^a b$");

  private static final List<String> SAMPLES = List.of(
      "", "a", "abc", "abd", "a\nc", "a\rc", "axc", "aéc", "a\u2028c", "a\u0085c", "123", "12a", "١٢٣", "ab_9", "é",
      " ", "\t", "\n", "\u00a0", "x", "y", "xy", "ord_7k2m9x4q1z8c", "ord_7k2m9x4q1z8", "GB", "gb", "GBR",
      "ada@example.com", "a.b+c@ex-ample.co.uk", "foo", "foobar", "barfoo", "fob", "c", "abc", "color", "colour",
      "aa", "aaa", "aaaa", "b", "aab", "-", "]", "[", "$^.*+?(){}|\\/", "ü", "ñ", "ÿ", "+", "café", "cafe", "1 2",
      "-12.5", "12.", "#", "'\"", "a b", "abc\n", "x\n", "x\r\n", "\n\n", "aa\u2028", "😀", "a😀c");

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
        Pattern java = Pattern.compile(regex);
        for (String sample : SAMPLES) {
          s.setString(1, sample);
          s.setString(2, translated);
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            boolean postgres = rs.getBoolean(1);
            if (postgres != java.matcher(sample).find()) {
              disagreements.add(regex + " -> " + translated + " on '" + sample.replace("\n", "\\n") + "': java "
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
      "\\bword\\b", "(a)\\1", "(?=a)b", "(?!a)b", "(?<=a)b", "(?<name>a)", "\\p{L}+", "\\x41", "\\u0041", "[\\D]",
      "a{1,256}", "[]a]", "\\cA", "\\0", "[a-\\d]", "[\\d-z]"})
  void featuresOutsideTheSafeSubsetAreLeftToTheCollector(String regex) {
    assertThat(PosixPattern.translate(regex)).isEmpty();
  }
}
