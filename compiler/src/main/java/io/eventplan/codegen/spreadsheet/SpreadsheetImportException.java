package io.eventplan.codegen.spreadsheet;

import java.util.List;

/** The spreadsheet cannot become a plan; the message says where and what to do. */
public final class SpreadsheetImportException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  public SpreadsheetImportException(String message, List<String> lines) {
    super(lines.isEmpty() ? message : message + ":\n  " + String.join("\n  ", lines));
    this.lines = List.copyOf(lines);
  }

  public SpreadsheetImportException(String message) {
    this(message, List.of());
  }

  /** The detail lines, e.g. one per checker error. */
  public List<String> lines() {
    return lines;
  }
}
