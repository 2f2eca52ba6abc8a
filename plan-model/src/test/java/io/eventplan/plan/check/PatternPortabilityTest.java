package io.eventplan.plan.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Patterns that mean the same in Java and JavaScript pass; Java-only features are named. */
class PatternPortabilityTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "^[a-z0-9_]+$", "a*?b", "(?:ab)+", "(?<year>\\d{4})-\\d{2}", "(?=x)y", "(?<=a)b", "(?!a)b", "(?<!a)b",
    "\\p{L}+", "\\p{Lu}\\P{N}", "[]a]", "a{2,3}?", "\\+\\+", "[+*?]+", "\\d{1,3}(,\\d{3})*", "\\x{41}+"
  })
  void portablePatternsPass(String regex) {
    assertThat(PatternPortability.problem(regex)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "a++|a possessive quantifier (++)",
    "a*+|a possessive quantifier (*+)",
    "a?+|a possessive quantifier (?+)",
    "a{2}+|a possessive quantifier (}+)",
    "(?>ab)|an atomic group (?>...)",
    "(?i)abc|inline flags such as (?i)",
    "\\Aabc|the anchor \\A (use ^ or $)",
    "abc\\z|the anchor \\z (use ^ or $)",
    "\\Qa.b\\E|quoting with \\Q...\\E (escape each character instead)",
    "[a-z&&[^aeiou]]|class intersection [..&&..]",
    "\\p{javaLowerCase}|the Java-only class \\p{javaLowerCase}",
    "\\p{InGreek}|the Java-only class \\p{InGreek}",
    "\\p{Alpha}+|the Java-only class \\p{Alpha}",
    "\\h+|the class \\h",
    "\\R|the class \\R",
  })
  void javaOnlyFeaturesAreNamed(String regex, String problem) {
    assertThat(PatternPortability.problem(regex)).contains(problem);
  }
}
