package io.eventplan.plan.pattern;

import io.eventplan.runtime.support.FormatPatterns;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.pattern.PatternProblem.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the plan's pattern syntax refuses, and why; and that matching stays linear on hostile values. */
class PlanPatternTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "(a)\\1 | NOT_LINEAR | a backreference \\1",
      "(?<x>a)\\k<x> | NOT_LINEAR | a named backreference",
      "a(?=b) | NOT_LINEAR | a lookahead",
      "a(?!b) | NOT_LINEAR | a lookahead",
      "(?<=a)b | NOT_LINEAR | a lookbehind",
      "(?<!a)b | NOT_LINEAR | a lookbehind",
      "a++ | NOT_PORTABLE | a possessive quantifier",
      "(?>a) | NOT_PORTABLE | an atomic group",
      "(?i)abc | NOT_PORTABLE | inline flags",
      "\\Aabc | NOT_PORTABLE | the anchor \\A",
      "abc\\z | NOT_PORTABLE | the anchor \\z",
      "\\Qa.b\\E | NOT_PORTABLE | quoting",
      "[a-z&&[^aeiou]] | NOT_PORTABLE | intersection",
      "[a[b] | NOT_PORTABLE | nested class",
      "[a&&b] | NOT_PORTABLE | intersection",
      "\\h | NOT_PORTABLE | the class \\h",
      "\\p{Alpha} | NOT_PORTABLE | not a general category",
      "\\p{InGreek} | NOT_PORTABLE | not a general category",
      "\\p{javaLowerCase} | NOT_PORTABLE | not a general category",
      "\\p{Greek} | NOT_PORTABLE | not a general category",
      "\\p{Script=Greek} | NOT_PORTABLE | networknt",
      "\\p{Cn} | NOT_PORTABLE | do not match alike",
      "\\p{sc=Grek} | NOT_PORTABLE | networknt",
      "\\p{scx=Greek} | NOT_PORTABLE | only general categories and scripts",
      "[] | NOT_PORTABLE | matches nothing",
      "[^] | NOT_PORTABLE | any character",
      "\\uD800 | NOT_PORTABLE | a lone surrogate",
      "a{1001} | TOO_LARGE | more than 1000",
      "(a{1000}){100} | TOO_LARGE | expand",
      "(a | INVALID | an unclosed group",
      "a) | INVALID | an unmatched ')'",
      "[a | INVALID | an unclosed class",
      "*a | INVALID | nothing to repeat",
      "a{2,1} | INVALID | out of order",
      "[z-a] | INVALID | out of order",
      "[\\d-z] | INVALID | a class escape",
      "a{ | INVALID | not a quantifier",
      "{ | INVALID | a lone '{'",
      "a} | INVALID | a lone '}'",
      "] | INVALID | a lone ']'",
      "^* | INVALID | after an assertion",
      "\\q | INVALID | the escape \\q",
      "\\- | INVALID | outside a class",
      "\\01 | INVALID | octal",
      "\\x4 | INVALID | hexadecimal digits",
      "(?<1x>a) | INVALID | ASCII identifier",
      "(?<a>x)(?<a>y) | INVALID | twice",
      "a**| INVALID | a quantifier after a quantifier",
      "\\ | INVALID | at the end"})
  void refuses(String source, Kind kind, String reason) {
    PlanPattern.Parsed parsed = PlanPattern.parse(source);
    assertThat(parsed.pattern()).isNull();
    assertThat(parsed.problem().kind()).isEqualTo(kind);
    assertThat(parsed.problem().message()).contains(reason);
  }

  @Test
  void everyFormatIsAPlanPattern() {
    for (String format : List.of(FormatPatterns.DATE, FormatPatterns.TIMESTAMP, FormatPatterns.UUID,
        FormatPatterns.EMAIL, FormatPatterns.URL)) {
      assertThat(PlanPattern.parse(format).problem()).as(format).isNull();
    }
  }

  /**
   * Patterns that make a backtracking engine take minutes on a few dozen characters run through 30 KB values
   * quickly. The bound is loose (a loaded machine meets it); docs/performance.md has the measured times.
   */
  @Test
  void hostilePatternsRunInLinearTime() {
    List<String> slow = new ArrayList<>();
    for (String[] row : HostileInputs.ROWS) {
      PlanPattern pattern = PlanPattern.of(row[0]);
      com.google.re2j.Pattern compiled = com.google.re2j.Pattern.compile(pattern.re2());
      long start = System.nanoTime();
      boolean found = compiled.matcher(row[1]).find();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(found).as(row[0]).isFalse();
      if (took.compareTo(Duration.ofSeconds(2)) > 0) {
        slow.add(row[0] + " took " + took.toMillis() + " ms");
      }
    }
    assertThat(slow).isEmpty();
  }

  @Test
  void spellsForEveryEcmaScriptEngine() {
    assertThat(PlanPattern.of("^ord_[0-9a-z]+$").ecma()).isEqualTo("^ord_[0-9a-z]+$");
    assertThat(PlanPattern.of("^a.c\\.(x|y)$").ecma()).isEqualTo("^a[^\\n\\r\\u2028\\u2029]c\\.(?:x|y)$");
    assertThat(PlanPattern.of("\\u{1F600}\\p{Letter}[\\-a]").ecma()).isEqualTo("😀\\p{L}[\\-a]");
    assertThat(PlanPattern.of("a-b\\d[^\\s]é").ecma()).isEqualTo("a-b\\d[^\\s]\\u00e9");
  }

  @Test
  void writesEcmaScriptMeaningsOutForRe2() {
    assertThat(PlanPattern.of("^a.$").re2()).isEqualTo("\\Aa[^\\x{a}\\x{d}\\x{2028}-\\x{2029}]\\z");
    assertThat(PlanPattern.of("\\s").re2()).contains("\\x{a0}").contains("\\x{3000}");
    assertThat(PlanPattern.of("[\\p{L}0-9]").re2()).isEqualTo("[0-9\\p{L}]");
  }
}
