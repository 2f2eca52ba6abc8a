package io.eventplan.codegen.powerbi;

import io.eventplan.codegen.reporting.ReportView;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first item of a view's natural order ({@code "Last logged in" DESC}), read back into a column
 * and a direction, so that a visual can be sorted the way the view is meant to be read.
 *
 * @param column the column name as in the view
 * @param descending true for {@code DESC}
 */
record ViewSort(String column, boolean descending) {
  private static final Pattern ITEM = Pattern.compile(
      "\\s*(\"(?:[^\"]|\"\")*\"|[\\p{L}_][\\p{L}\\p{N}_$]*)\\s*(ASC|DESC)?\\s*(NULLS\\s+(FIRST|LAST))?\\s*",
      Pattern.CASE_INSENSITIVE);

  /** The sort of the view's first ORDER BY item, when it names one of the view's columns. */
  static Optional<ViewSort> of(ReportView view) {
    if (view.orderBy().isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = ITEM.matcher(view.orderBy().get(0));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String identifier = matcher.group(1);
    String column = identifier.startsWith("\"")
        ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
        : identifier.toLowerCase(Locale.ROOT); // PostgreSQL folds unquoted names to lower case
    boolean descending = matcher.group(2) != null && matcher.group(2).equalsIgnoreCase("DESC");
    boolean known = view.columns().stream().anyMatch(c -> c.name().equals(column));
    return known ? Optional.of(new ViewSort(column, descending)) : Optional.empty();
  }
}
