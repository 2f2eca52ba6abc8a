package io.eventplan.plan.pattern;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Unicode properties a plan pattern may name in {@code \p{...}}: general categories, by short or long name
 * ({@code L}, {@code Letter}, {@code gc=Lu}, {@code General_Category=Uppercase_Letter}). Left out: what RE2 cannot
 * match as ECMAScript does ({@code C}, {@code Cn} and {@code LC}, whose members differ; {@code Cs}, lone
 * surrogates), scripts (ECMAScript's {@code \p{Script=Greek}} is unknown to networknt's Joni, whose
 * {@code \p{Greek}} is no ECMAScript), script extensions and binary properties.
 */
public final class UnicodeProperties {
  /** A general category, by its short name ({@code Lu}), which every engine reads. */
  public record Property(String name) {}

  private static final Map<String, String> CATEGORIES = categories();

  private UnicodeProperties() {}

  /**
   * The property {@code text} (what stands between the braces) names, or a reason it is not allowed.
   *
   * @return the property, or empty with {@code problem} set
   */
  static Optional<Property> read(String text, StringBuilder problem) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      String category = CATEGORIES.get(text);
      if (category != null) {
        return Optional.of(new Property(category));
      }
      problem.append(unsupported(text)
          ? "the property \\p{" + text + "}, which RE2 and ECMAScript do not match alike"
          : "\\p{" + text + "}, which is not a general category (such as L, Lu or Letter)");
      return Optional.empty();
    }
    String key = text.substring(0, equals);
    String value = text.substring(equals + 1);
    if (key.equals("gc") || key.equals("General_Category")) {
      String category = CATEGORIES.get(value);
      if (category == null) {
        problem.append(unsupported(value)
            ? "the property \\p{" + text + "}, which RE2 and ECMAScript do not match alike"
            : "\\p{" + text + "}: '" + value + "' is not a general category");
        return Optional.empty();
      }
      return Optional.of(new Property(category));
    }
    if (key.equals("sc") || key.equals("Script")) {
      problem.append("the script property \\p{" + text + "}, which networknt's ECMAScript engine (Joni) cannot read;"
          + " list the script's characters in a class instead");
      return Optional.empty();
    }
    problem.append("the property \\p{" + text + "}: only general categories and scripts (Script=...) are supported");
    return Optional.empty();
  }

  private static boolean unsupported(String name) {
    return name.equals("C") || name.equals("Other") || name.equals("Cn") || name.equals("Unassigned")
        || name.equals("LC") || name.equals("Cased_Letter") || name.equals("Cs") || name.equals("Surrogate");
  }

  private static Map<String, String> categories() {
    Map<String, String> names = new LinkedHashMap<>();
    String[][] table = {
      {"L", "Letter"}, {"Lu", "Uppercase_Letter"}, {"Ll", "Lowercase_Letter"}, {"Lt", "Titlecase_Letter"},
      {"Lm", "Modifier_Letter"}, {"Lo", "Other_Letter"}, {"M", "Mark"}, {"Mn", "Nonspacing_Mark"},
      {"Mc", "Spacing_Mark"}, {"Me", "Enclosing_Mark"}, {"N", "Number"}, {"Nd", "Decimal_Number"},
      {"Nl", "Letter_Number"}, {"No", "Other_Number"}, {"P", "Punctuation"}, {"Pc", "Connector_Punctuation"},
      {"Pd", "Dash_Punctuation"}, {"Ps", "Open_Punctuation"}, {"Pe", "Close_Punctuation"},
      {"Pi", "Initial_Punctuation"}, {"Pf", "Final_Punctuation"}, {"Po", "Other_Punctuation"}, {"S", "Symbol"},
      {"Sm", "Math_Symbol"}, {"Sc", "Currency_Symbol"}, {"Sk", "Modifier_Symbol"}, {"So", "Other_Symbol"},
      {"Z", "Separator"}, {"Zs", "Space_Separator"}, {"Zl", "Line_Separator"}, {"Zp", "Paragraph_Separator"},
      {"Cc", "Control"}, {"Cf", "Format"}, {"Co", "Private_Use"},
    };
    for (String[] row : table) {
      names.put(row[0], row[0]);
      names.put(row[1], row[0]);
    }
    names.put("Combining_Mark", "M");
    names.put("digit", "Nd");
    names.put("punct", "P");
    names.put("cntrl", "Cc");
    return Map.copyOf(names);
  }
}
