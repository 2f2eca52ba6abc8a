package io.eventplan.codegen.spreadsheet;

/**
 * One decision the import made that the spreadsheet did not state outright, e.g. a type guessed
 * from the values; printed as {@code file:line: message}.
 */
public record ImportGuess(String file, int line, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
