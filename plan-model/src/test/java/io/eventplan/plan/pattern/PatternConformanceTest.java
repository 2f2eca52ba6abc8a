package io.eventplan.plan.pattern;

import io.eventplan.runtime.support.FormatPatterns;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The RE2 form of every pattern finds a match in exactly the texts where JavaScript's {@code RegExp} with the u
 * flag does (asked of Node.js itself), and so does networknt's ECMAScript engine (Joni) on the pattern as written,
 * over patterns that use every construct of the plan's syntax and texts full of the characters engines treat
 * differently: line terminators, Unicode white space, astral code points.
 */
class PatternConformanceTest {
  static final List<String> PATTERNS = List.of(
      "abc", "^abc$", "^$", "a|b|", "^(?:ab|cd)+$", "^(a|b)*c{2,3}$", "x{0}", "^a{2}$", "^a{2,}$", "^.{3}$", "^.$",
      ".", "a.c", "^\\d+$", "\\D", "^\\w+$", "\\W", "\\s", "^\\S+$", "^[\\s\\S]$", "^[^\\s]$", "^[\\S\\d]+$",
      "^[a-z]+$", "[^a-z]", "^[-a]$", "^[a-]$", "^[a-c-e]$", "^[\\w-]+$", "^[\\-\\]\\[]$", "\\bfoo\\b", "\\Boo\\B",
      "^\\u00e9$", "^\\u{1F600}$", "^\\uD83D\\uDE00$", "^\\x41$", "^\\t\\n\\v\\f\\r$", "^\\0$", "^\\cJ$", "é|ü",
      "😀", "^[😀-😂]$", "^\\p{L}+$", "^\\p{Lu}", "\\P{L}", "^[\\p{Nd}a-f]+$", "^[^\\p{L}]$", "^\\p{Letter}$",
      "^\\p{gc=Zs}$", "^\\p{General_Category=Uppercase_Letter}+$", "^[\\P{L}\\d]$", "\\.", "^\\^\\$\\\\\\.\\*\\+\\?$",
      "^\\(\\)\\[\\]\\{\\}\\|\\/$", "^a*?b+?c??$", "^(?<year>\\d{4})-(?<month>\\d{2})$", "^(.*a){12}$",
      "^(\\w+\\s?)*$", "^([a-z0-9]+[-.]?)+[a-z0-9]@", "^[\\b]$", "^a\\/b$", "^[.]$", "(?:)", "^(?:a|)b$",
      "^[\\u2028\\u2029]$", "^\\s$", "[\\u0000-\\u001f]", "^.+$", "^[^\\]a]",
      FormatPatterns.DATE, FormatPatterns.TIMESTAMP, FormatPatterns.UUID, FormatPatterns.EMAIL, FormatPatterns.URL);

  private static final List<String> FIXED_TEXTS = List.of(
      "", "a", "abc", "abc\n", "\nabc", "ab\r", "a\u2028b", "\u2028", "\u2029", "\r", "\n", "\u0085", "\u00a0",
      "\u3000", "\ufeff", "\u000b", "\t", " ", "é", "ü", "😀", "😁", "\ud83d", "foo bar", "foofoo", "x foo y", "ç",
      "ＡＢＣ", "Ω", "λόγος", "漢字", "١٢٣", "123", "a1_", "-", "]", "[", "a-b", "A", "\u0000", "\b",
      // short enough for JavaScript's backtracking on ^(.*a){12}$, which takes minutes on 50 characters
      "aaaaaaaaaaaaa", "aaaaaaaaaaaa!", "ada@example.com",
      "2024-02-29", "2023-02-29", "2024-01-31T12:00:00Z", "2024-01-31 12:00:00Z", "2016-12-31T23:59:60Z",
      "2024-01-31T12:00:00.123456789123+23:59", "123e4567-e89b-12d3-a456-426614174000", "https://example.com/a?b#c",
      "http://[::1]:8080/", "file:///etc/hosts", "mailto:ada@example.com", "https://", "a:", "bz@[127.0.0.1]",
      "2024-01", "a/b", "^$\\.*+?()[]{}|/", "abcabcabc", "c", "cc", "ccc", "b", "ab", "ba", "xyz");

  @Test
  void re2AndNetworkntFindWhatJavaScriptFinds() throws Exception {
    List<PlanPattern> patterns = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<List<String>> texts = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);
    for (String source : PATTERNS) {
      PlanPattern.Parsed parsed = PlanPattern.parse(source);
      assertThat(parsed.problem()).as("the plan's syntax takes %s", source).isNull();
      patterns.add(parsed.pattern());
      List<String> forPattern = texts(source, random);
      // JavaScript judges the source as written and the spelling the schemas carry
      sources.add(source);
      texts.add(forPattern);
      sources.add(parsed.pattern().ecma());
      texts.add(forPattern);
    }
    List<EcmaScriptJudge.Answer> answers = EcmaScriptJudge.judge(sources, texts);
    List<String> differences = new ArrayList<>();
    int judged = 0;
    for (int i = 0; i < patterns.size(); i++) {
      PlanPattern pattern = patterns.get(i);
      EcmaScriptJudge.Answer asWritten = answers.get(2 * i);
      EcmaScriptJudge.Answer asCarried = answers.get(2 * i + 1);
      assertThat(asWritten.error()).as("JavaScript compiles %s", pattern.source()).isNull();
      assertThat(asCarried.error()).as("JavaScript compiles %s", pattern.ecma()).isNull();
      com.google.re2j.Pattern re2 = com.google.re2j.Pattern.compile(pattern.re2());
      RegularExpression joni = JoniRegularExpressionFactory.getInstance().getRegularExpression(pattern.ecma());
      List<String> forPattern = texts.get(2 * i);
      for (int j = 0; j < forPattern.size(); j++) {
        String text = forPattern.get(j);
        boolean javaScript = asWritten.verdicts().get(j);
        judged++;
        String where = "/" + pattern.source() + "/u on " + escape(text) + ": JavaScript " + javaScript;
        if (asCarried.verdicts().get(j) != javaScript) {
          differences.add(where + ", JavaScript on " + pattern.ecma() + " " + !javaScript);
        }
        if (re2.matcher(text).find() != javaScript) {
          differences.add(where + ", RE2 " + !javaScript + " (RE2 form " + pattern.re2() + ")");
        }
        if (joni.matches(text) != javaScript) {
          differences.add(where + ", networknt (Joni) on " + pattern.ecma() + " " + !javaScript);
        }
      }
    }
    System.out.println("PatternConformanceTest: " + judged + " texts, " + differences.size() + " judged otherwise");
    assertThat(differences).as("%d judged differently", differences.size()).isEmpty();
  }

  /** The fixed texts, and random ones made of the pattern's own characters and the hard ones. */
  private static List<String> texts(String source, SplittableRandom random) {
    Set<String> texts = new LinkedHashSet<>(FIXED_TEXTS);
    List<Integer> alphabet = new ArrayList<>();
    source.codePoints().forEach(alphabet::add);
    "aZ09_ -.\n\r\u2028\u00a0é😀@:/".codePoints().forEach(alphabet::add);
    for (int n = 0; n < 60; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 14);
      for (int k = 0; k < length; k++) {
        text.appendCodePoint(alphabet.get(random.nextInt(alphabet.size())));
      }
      texts.add(text.toString());
    }
    return List.copyOf(texts);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp > 0x7e) {
        out.append(String.format("\\u{%x}", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append('"').toString();
  }
}
