package io.eventplan.codegen.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How spreadsheet authors write yes/no and lists of values in one cell. */
final class CellValues {
  private static final Set<String> YES = Set.of("yes", "y", "true", "x", "1", "✓", "✔", "✅", "required", "done",
      "installed", "tested", "ready", "live", "ok");
  private static final Set<String> NO = Set.of("no", "n", "false", "0", "-", "✗", "✘", "❌", "optional", "none",
      "not yet", "todo", "to do");

  private CellValues() {}

  /** true or false for a yes/no cell, empty when the cell is blank or says something else. */
  static Optional<Boolean> yesNo(String cell) {
    String key = cell.strip().toLowerCase(Locale.ROOT);
    if (YES.contains(key)) {
      return Optional.of(true);
    }
    if (NO.contains(key)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** How a list of values was split, for the import report. */
  enum Separator {
    NEW_LINES("new lines"),
    SEMICOLONS("semicolons"),
    COMMAS("commas"),
    NONE("nothing");

    final String words;

    Separator(String words) {
      this.words = words;
    }
  }

  /** The values of a cell and how they were separated; surrounding quotes are removed, duplicates kept once. */
  record ValueList(List<String> values, Separator separator, boolean hadDuplicates) {}

  /** Splits a values cell at new lines, else semicolons, else commas (in that order of preference). */
  static ValueList split(String cell) {
    String text = cell.strip();
    Separator separator;
    String[] parts;
    if (text.contains("\n")) {
      separator = Separator.NEW_LINES;
      parts = text.split("\n");
    } else if (text.contains(";")) {
      separator = Separator.SEMICOLONS;
      parts = text.split(";");
    } else if (text.contains(",")) {
      separator = Separator.COMMAS;
      parts = text.split(",");
    } else {
      separator = Separator.NONE;
      parts = new String[] {text};
    }
    List<String> all = new ArrayList<>();
    for (String part : parts) {
      String value = unquote(part.strip().replaceAll("^[-*•]\\s+", "").replaceAll("[,;]$", "").strip());
      if (!value.isEmpty()) {
        all.add(value);
      }
    }
    LinkedHashSet<String> distinct = new LinkedHashSet<>(all);
    return new ValueList(List.copyOf(distinct), separator, distinct.size() < all.size());
  }

  /** The rest of a cell that starts with "e.g." or "example(s):", meaning illustrations, not the allowed set. */
  static Optional<String> examplesText(String cell) {
    String text = cell.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : List.of("e.g.", "eg.", "eg:", "e.g:", "examples:", "example:", "for example", "ex:", "ex.")) {
      if (lower.startsWith(prefix)) {
        return Optional.of(text.substring(prefix.length()).strip().replaceAll("^[:,]\\s*", ""));
      }
    }
    return Optional.empty();
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if ((first == '"' && last == '"') || (first == '\'' && last == '\'')
          || (first == '“' && last == '”') || (first == '‘' && last == '’')) {
        return value.substring(1, value.length() - 1).strip();
      }
    }
    return value;
  }
}
