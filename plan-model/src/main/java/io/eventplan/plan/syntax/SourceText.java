package io.eventplan.plan.syntax;

import io.eventplan.plan.Diagnostic;
import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.Location;
import io.eventplan.plan.Severity;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns the raw bytes of a plan file into text, refusing what is too large or not UTF-8. */
public final class SourceText {

  /** Plans larger than this are refused before parsing; a real plan with thousands of events is far smaller. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private SourceText() {}

  /** The decoded text, or the diagnostics that explain why there is none. */
  public record Decoded(String text, List<Diagnostic> diagnostics) {}

  public static Decoded decode(String file, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return failure(
          DiagnosticCode.FILE_TOO_LARGE,
          Location.ofFile(file),
          "the file is "
              + mebibytes(bytes.length)
              + " MiB; a tracking plan may be at most "
              + mebibytes(MAX_BYTES)
              + " MiB. Check that this is the right file, or split very large generated plans.");
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int badByte = in.position();
      return failure(
          DiagnosticCode.ENCODING,
          locationOfByte(file, bytes, start, badByte),
          String.format(
              "byte 0x%02X is not valid UTF-8; save the file as UTF-8 (most editors offer"
                  + " 'Save with encoding').",
              bytes[badByte] & 0xFF));
    }
    try {
      decoder.flush(out);
    } catch (RuntimeException e) {
      throw new IllegalStateException("UTF-8 decoder failed to flush", e);
    }
    out.flip();
    String text = out.toString();
    if (isBlank(text)) {
      return failure(
          DiagnosticCode.FILE_EMPTY,
          Location.ofFile(file),
          "the file is empty; a tracking plan needs at least 'plan:' and 'events:' (see"
              + " docs/tracking-plan-format.md).");
    }
    return new Decoded(text, List.of());
  }

  /** True when the text has nothing but white space and YAML comments. */
  static boolean isBlank(String text) {
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.equals("---")
          && !trimmed.equals("...")) {
        return false;
      }
    }
    return true;
  }

  private static Location locationOfByte(String file, byte[] bytes, int start, int offset) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // The column counts characters, so decode the valid part of the line before the bad byte.
    String before;
    try {
      before =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart))
              .toString();
    } catch (CharacterCodingException e) {
      before = "";
    }
    return new Location(file, line, before.codePointCount(0, before.length()) + 1);
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static String mebibytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }

  private static Decoded failure(DiagnosticCode code, Location location, String message) {
    return new Decoded(null, List.of(new Diagnostic(Severity.ERROR, code, location, message)));
  }
}
