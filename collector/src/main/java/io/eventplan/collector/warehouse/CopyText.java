package io.eventplan.collector.warehouse;

/**
 * Builds the rows of a {@code COPY ... FROM STDIN} in PostgreSQL's text format: columns separated
 * by tabs, rows ended by newlines, {@code \N} for NULL, and backslash, tab, newline and carriage
 * return escaped in values so that no value can end a column or a row early.
 */
public final class CopyText {
  private final StringBuilder text;
  private boolean rowStarted;

  public CopyText(int expectedRows) {
    this.text = new StringBuilder(Math.max(64, expectedRows * 256));
  }

  /** Appends one column of the current row; {@code null} is SQL NULL. */
  public CopyText value(String value) {
    separate();
    if (value == null) {
      text.append("\\N");
      return this;
    }
    int first = firstToEscape(value);
    if (first < 0) {
      text.append(value);
      return this;
    }
    text.append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\':
          text.append("\\\\");
          break;
        case '\t':
          text.append("\\t");
          break;
        case '\n':
          text.append("\\n");
          break;
        case '\r':
          text.append("\\r");
          break;
        default:
          text.append(c);
      }
    }
    return this;
  }

  /** Where the first character COPY's text format must escape is, or -1: most values have none. */
  private static int firstToEscape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  public CopyText value(long value) {
    separate();
    text.append(value);
    return this;
  }

  /** Ends the current row. */
  public CopyText endRow() {
    text.append('\n');
    rowStarted = false;
    return this;
  }

  public boolean isEmpty() {
    return text.length() == 0;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  private void separate() {
    if (rowStarted) {
      text.append('\t');
    }
    rowStarted = true;
  }
}
