package io.eventplan.collector.report;

import java.util.List;

/**
 * CSV text (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break),
 * safe to open in a spreadsheet: a cell that starts with {@code = + - @}, a tab or a carriage return
 * is prefixed with {@code '} so that it cannot become a formula (CSV injection).
 */
final class ReportCsv {
  private final StringBuilder out = new StringBuilder();

  ReportCsv row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
