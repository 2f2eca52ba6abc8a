package io.eventplan.codegen.spreadsheet;

/** The CSV text is malformed; the message says where ({@code file:line:col}) and what to do. */
public final class CsvFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  CsvFormatException(String file, int line, int column, String problem) {
    super(file + ":" + line + ":" + column + ": " + problem);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
