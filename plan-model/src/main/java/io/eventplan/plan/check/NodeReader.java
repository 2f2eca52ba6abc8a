package io.eventplan.plan.check;

import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.Location;
import io.eventplan.plan.syntax.YamlMap;
import io.eventplan.plan.syntax.YamlNode;
import io.eventplan.plan.syntax.YamlScalar;
import io.eventplan.plan.syntax.YamlSeq;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads typed values out of YAML nodes, reporting shape and kind mistakes with their locations. */
final class NodeReader {
  private final Diagnostics diagnostics;

  NodeReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** The node as a mapping; an empty value counts as an empty mapping. */
  Optional<YamlMap> map(YamlNode node, String what, String example) {
    if (node instanceof YamlMap map) {
      return Optional.of(map);
    }
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NULL) {
      return Optional.of(new YamlMap(node.location(), List.of()));
    }
    diagnostics.error(
        DiagnosticCode.WRONG_SHAPE,
        node.location(),
        what + " must be a mapping (" + example + "), but it is " + node.describe() + ".");
    return Optional.empty();
  }

  /** The node as a list; a single scalar is taken as a list of one when {@code lenient}. */
  Optional<List<YamlNode>> list(YamlNode node, String what, String example) {
    if (node instanceof YamlSeq seq) {
      return Optional.of(seq.items());
    }
    diagnostics.error(
        DiagnosticCode.WRONG_SHAPE,
        node.location(),
        what + " must be a list (" + example + "), but it is " + node.describe() + ".");
    return Optional.empty();
  }

  /** Reports every key of {@code map} that is not in {@code allowed}, with a suggestion. */
  void onlyKnownKeys(YamlMap map, Collection<String> allowed, String where) {
    for (YamlMap.Entry entry : map.entries()) {
      if (!allowed.contains(entry.key())) {
        diagnostics.error(
            DiagnosticCode.UNKNOWN_KEY,
            entry.keyLocation(),
            "unknown key '"
                + entry.key()
                + "' in "
                + where
                + "."
                + Suggestions.didYouMean(entry.key(), allowed)
                + commaHint(entry)
                + " Allowed keys: "
                + String.join(", ", allowed)
                + ".");
      }
    }
  }

  /** A bare text after a comma inside {...} becomes a key: the usual sign of an unquoted description. */
  private static String commaHint(YamlMap.Entry entry) {
    boolean looksLikeText =
        entry.key().contains(" ")
            && entry.value() instanceof YamlScalar s
            && (s.kind() == YamlScalar.Kind.NULL || s.text().isEmpty());
    return looksLikeText
        ? " A comma inside { } ends a value: put text that contains commas in quotes."
        : "";
  }

  /** Free text: any non-empty scalar is taken as written; an empty value gives "". */
  Optional<String> text(YamlMap map, String key, String where) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar s) {
      return Optional.of(s.text());
    }
    diagnostics.error(
        DiagnosticCode.WRONG_SHAPE,
        node.get().location(),
        "'" + key + "' of " + where + " must be text, but it is " + node.get().describe() + ".");
    return Optional.empty();
  }

  Optional<Boolean> bool(YamlMap map, String key, String where) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(s.text()));
    }
    diagnostics.error(
        DiagnosticCode.INVALID_VALUE,
        node.get().location(),
        "'" + key + "' of " + where + " must be true or false, but it is " + node.get().describe()
            + ".");
    return Optional.empty();
  }

  /** A whole number of at least {@code min} that fits in an int. */
  Optional<Integer> wholeNumber(YamlMap map, String key, int min, String where) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigInteger> value = integer(node.get());
    if (value.isPresent()
        && value.get().compareTo(BigInteger.valueOf(min)) >= 0
        && value.get().compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
      return Optional.of(value.get().intValueExact());
    }
    diagnostics.error(
        DiagnosticCode.INVALID_VALUE,
        node.get().location(),
        "'" + key + "' of " + where + " must be a whole number of at least " + min
            + ", but it is " + node.get().describe() + ".");
    return Optional.empty();
  }

  /** The exact integer a scalar holds, if it is one (YAML ints, including 0x and 0o forms). */
  static Optional<BigInteger> integer(YamlNode node) {
    if (!(node instanceof YamlScalar s) || s.kind() != YamlScalar.Kind.INTEGER) {
      return Optional.empty();
    }
    String text = s.text().replace("_", "");
    try {
      if (text.startsWith("0x") || text.startsWith("-0x") || text.startsWith("+0x")) {
        boolean negative = text.startsWith("-");
        BigInteger v = new BigInteger(text.substring(text.indexOf('x') + 1), 16);
        return Optional.of(negative ? v.negate() : v);
      }
      if (text.startsWith("0o")) {
        return Optional.of(new BigInteger(text.substring(2), 8));
      }
      return Optional.of(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A finite number a scalar holds (integer or float kind). */
  static Optional<Double> number(YamlNode node) {
    if (!(node instanceof YamlScalar s)) {
      return Optional.empty();
    }
    if (s.kind() == YamlScalar.Kind.INTEGER) {
      return integer(node).map(BigInteger::doubleValue).filter(Double::isFinite);
    }
    if (s.kind() != YamlScalar.Kind.FLOAT) {
      return Optional.empty();
    }
    try {
      double d = Double.parseDouble(s.text().replace("_", ""));
      return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  void error(DiagnosticCode code, Location location, String message) {
    diagnostics.error(code, location, message);
  }
}
