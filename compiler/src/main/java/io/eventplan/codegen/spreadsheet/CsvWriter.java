package io.eventplan.codegen.spreadsheet;

import java.util.List;

/** Writes RFC 4180 CSV: CRLF after every record, cells quoted when they hold a comma, quote or line end. */
final class CsvWriter {
  private final StringBuilder out = new StringBuilder();

  CsvWriter row(List<String> cells) {
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
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
        && (value.isEmpty() || value.strip().equals(value))) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  String text() {
    return out.toString();
  }
}
