package io.eventplan.codegen.powerbi;

/** File names for model objects: letters of any script, digits, '-' and '_' kept, anything else '_'. */
final class FileNames {
  private FileNames() {}

  static String of(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().forEach(c ->
        out.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_'));
    return out.toString();
  }
}
