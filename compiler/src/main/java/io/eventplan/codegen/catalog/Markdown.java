package io.eventplan.codegen.catalog;

/** Escapes plan text for GitHub-flavoured Markdown: inline text, code spans, fenced blocks and table cells. */
final class Markdown {
  private Markdown() {}

  /** Text that renders as itself: Markdown punctuation backslash-escaped, HTML disarmed, one line. */
  static String text(String text) {
    StringBuilder out = new StringBuilder();
    String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("\\`*[]<>~#!".indexOf(c) >= 0 || (i == 0 && "-+=".indexOf(c) >= 0)
          || (c == '_' && !insideWord(line, i))) {
        out.append('\\').append(c);
      } else if (c == '&') {
        out.append("&amp;");
      } else {
        out.append(c);
      }
    }
    return out.toString().replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
  }

  /** Whether the character at {@code i} has a letter or digit on both sides (GFM ignores '_' there). */
  private static boolean insideWord(String line, int i) {
    return i > 0 && i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i - 1))
        && Character.isLetterOrDigit(line.charAt(i + 1));
  }

  /** A code span whose fence is longer than any run of backticks inside. */
  static String code(String text) {
    String fence = "`".repeat(longestRun(text, '`') + 1);
    String line = text.replaceAll("\\R", " ");
    boolean pad = line.startsWith("`") || line.endsWith("`") || line.isEmpty();
    return fence + (pad ? " " : "") + line + (pad ? " " : "") + fence;
  }

  /** A fenced code block in {@code language}. */
  static String block(String language, String text) {
    String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
    String body = text.endsWith("\n") ? text : text + "\n";
    return fence + language + "\n" + body + fence + "\n";
  }

  /** A table cell: pipes escaped (also inside code spans, as GFM requires). */
  static String cell(String markdown) {
    return markdown.replace("|", "\\|");
  }

  private static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
