package io.eventplan.codegen.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV reader: comma-separated cells, double-quoted cells that may hold commas, new lines
 * and doubled quotes; CRLF, LF or CR line ends; a leading byte-order mark is skipped. A quoted cell
 * that never ends, or text after a closing quote, is reported with its line and column.
 */
final class CsvParser {
  private final String file;
  private final String text;
  private int pos;
  private int line = 1;
  private int column = 1;

  private CsvParser(String file, String text) {
    this.file = file;
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Every record of {@code text}; {@code file} names it in error messages. */
  static List<CsvRow> parse(String file, String text) throws CsvFormatException {
    return new CsvParser(file, text).rows();
  }

  private List<CsvRow> rows() throws CsvFormatException {
    List<CsvRow> rows = new ArrayList<>();
    while (pos < text.length()) {
      int startLine = line;
      List<String> cells = new ArrayList<>();
      boolean endOfRecord = false;
      while (!endOfRecord) {
        cells.add(peek() == '"' ? quoted() : unquoted());
        if (pos >= text.length()) {
          endOfRecord = true;
        } else if (peek() == ',') {
          advance();
        } else {
          lineEnd();
          endOfRecord = true;
        }
      }
      rows.add(new CsvRow(startLine, cells));
    }
    return rows;
  }

  private String unquoted() {
    StringBuilder cell = new StringBuilder();
    while (pos < text.length() && peek() != ',' && peek() != '\n' && peek() != '\r') {
      cell.append(peek());
      advance();
    }
    return cell.toString();
  }

  private String quoted() throws CsvFormatException {
    int openLine = line;
    int openColumn = column;
    advance();
    StringBuilder cell = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw new CsvFormatException(file, openLine, openColumn,
            "this quoted cell is never closed; add the closing \" (a \" inside a cell is written \"\").");
      }
      char c = peek();
      if (c == '"') {
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
          cell.append('"');
          advance();
          advance();
          continue;
        }
        advance();
        if (pos < text.length() && peek() != ',' && peek() != '\n' && peek() != '\r') {
          throw new CsvFormatException(file, line, column, "unexpected '" + peek()
              + "' after the closing quote of a cell; a \" inside a cell is written \"\", and a cell ends with , or a new line.");
        }
        return cell.toString();
      }
      if (c == '\r') {
        // CRLF and CR inside a cell both become one '\n'
        advance();
        if (pos < text.length() && peek() == '\n') {
          pos++;
        }
        cell.append('\n');
        newLine();
        continue;
      }
      cell.append(c);
      if (c == '\n') {
        pos++;
        newLine();
      } else {
        advance();
      }
    }
  }

  private void lineEnd() {
    if (peek() == '\r') {
      pos++;
      if (pos < text.length() && peek() == '\n') {
        pos++;
      }
    } else {
      pos++;
    }
    newLine();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private void advance() {
    pos++;
    column++;
  }

  private void newLine() {
    line++;
    column = 1;
  }
}
