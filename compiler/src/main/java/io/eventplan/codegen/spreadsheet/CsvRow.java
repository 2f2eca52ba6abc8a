package io.eventplan.codegen.spreadsheet;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the 1-based line the record starts on (a quoted cell may span several lines)
 * @param cells the cells as written, quotes removed
 */
record CsvRow(int line, List<String> cells) {

  CsvRow {
    cells = List.copyOf(cells);
  }

  /** The cell at {@code index}, or "" when the row is shorter. */
  String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
