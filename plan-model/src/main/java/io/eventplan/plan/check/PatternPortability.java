package io.eventplan.plan.check;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds regex features that Java accepts but ECMAScript (the dialect of JSON Schema's
 * {@code pattern}, ajv and the TypeScript snippet) lacks or reads differently, so one pattern means
 * the same thing to every judge of an event.
 */
final class PatternPortability {

  /** General categories and scripts work in both dialects; Java's POSIX and java* classes do not. */
  private static final Set<String> JAVA_ONLY_CLASSES =
      Set.of(
          "Lower", "Upper", "ASCII", "Alpha", "Digit", "Alnum", "Punct", "Graph", "Print", "Blank",
          "Cntrl", "XDigit", "Space");

  private static final Pattern PROPERTY_CLASS = Pattern.compile("\\\\[pP]\\{([^}]*)}");

  private PatternPortability() {}

  /** A description of the first non-portable feature, or empty when the pattern is portable. */
  static Optional<String> problem(String regex) {
    boolean inClass = false;
    boolean afterQuantifier = false; // the previous token was *, +, ?, or {n,m}
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char next = regex.charAt(i + 1);
        Optional<String> escape = escapeProblem(next);
        if (escape.isPresent()) {
          return escape;
        }
        i++;
        if ("pPxkN".indexOf(next) >= 0 && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
          int close = regex.indexOf('}', i);
          i = close < 0 ? regex.length() : close; // \p{Name}: its braces are not a quantifier
        }
        afterQuantifier = false;
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
        } else if (c == '&' && i + 1 < regex.length() && regex.charAt(i + 1) == '&') {
          return Optional.of("class intersection [..&&..]");
        } else if (c == '[') {
          return Optional.of("a nested character class [..[..]..]");
        }
        continue;
      }
      if (c == '+' && afterQuantifier) {
        return Optional.of("a possessive quantifier (" + regex.charAt(i - 1) + "+)");
      }
      if (c == '(' && regex.startsWith("(?", i)) {
        Optional<String> group = groupProblem(regex, i);
        if (group.isPresent()) {
          return group;
        }
      }
      if (c == '[') {
        inClass = true;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++; // ']' right after '[' is a literal in Java
        }
      }
      afterQuantifier = (c == '*' || c == '+' || c == '?' || c == '}') && !afterQuantifier;
    }
    Matcher property = PROPERTY_CLASS.matcher(regex);
    while (property.find()) {
      String name = property.group(1);
      if (name.startsWith("java")
          || name.startsWith("In")
          || name.startsWith("Is")
          || JAVA_ONLY_CLASSES.contains(name)) {
        return Optional.of("the Java-only class \\p{" + name + "}");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> groupProblem(String regex, int at) {
    String rest = regex.substring(at + 2);
    if (rest.startsWith(">")) {
      return Optional.of("an atomic group (?>...)");
    }
    if (rest.startsWith(":") || rest.startsWith("=") || rest.startsWith("!")
        || rest.startsWith("<=") || rest.startsWith("<!")) {
      return Optional.empty();
    }
    if (rest.startsWith("<") && rest.length() > 1 && Character.isLetter(rest.charAt(1))) {
      return Optional.empty(); // named group, supported by both
    }
    return Optional.of("inline flags such as (?i)");
  }

  private static Optional<String> escapeProblem(char next) {
    switch (next) {
      case 'A', 'Z', 'z', 'G':
        return Optional.of("the anchor \\" + next + " (use ^ or $)");
      case 'Q', 'E':
        return Optional.of("quoting with \\Q...\\E (escape each character instead)");
      case 'h', 'H', 'R', 'X', 'V':
        return Optional.of("the class \\" + next);
      case 'e':
        return Optional.of("the escape \\e (use \\x1B)");
      default:
        return Optional.empty();
    }
  }

}
