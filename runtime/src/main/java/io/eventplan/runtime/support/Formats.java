package io.eventplan.runtime.support;

import com.google.re2j.Pattern;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The text formats of timestamp, date, uuid, url and email values. Each is one of the {@link FormatPatterns}, the same
 * that the JSON Schemas and the TypeScript snippet carry, run here with RE2 in linear time; the parse that follows a
 * match cannot fail.
 */
public final class Formats {
  private static final Pattern TIMESTAMP = Pattern.compile(FormatPatterns.TIMESTAMP);
  private static final Pattern DATE = Pattern.compile(FormatPatterns.DATE);
  private static final Pattern UUID_TEXT = Pattern.compile(FormatPatterns.UUID);
  private static final Pattern URL = Pattern.compile(FormatPatterns.URL);
  private static final Pattern EMAIL = Pattern.compile(FormatPatterns.EMAIL);

  private Formats() {}

  /** A {@code uuid}: 8-4-4-4-12 hexadecimal digits of either case; null when malformed. */
  public static UUID parseUuid(String text) {
    return UUID_TEXT.matcher(text).find() ? UUID.fromString(text) : null;
  }

  /** A {@code date}: an RFC 3339 full-date of a day that exists, {@code 2024-02-29}; null otherwise. */
  public static LocalDate parseDate(String text) {
    return DATE.matcher(text).find() ? date(text) : null;
  }

  /**
   * A {@code date-time}: an RFC 3339 date-time with an offset of up to +-23:59 ({@code T}/{@code Z} of either case,
   * any number of fraction digits, of which the first nine count); null otherwise.
   */
  public static Instant parseDateTime(String text) {
    if (!TIMESTAMP.matcher(text).find()) {
      return null;
    }
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int at = 19;
    int nanos = 0;
    if (text.charAt(at) == '.') {
      int start = ++at;
      while (text.charAt(at) >= '0' && text.charAt(at) <= '9') {
        if (at - start < 9) {
          nanos = nanos * 10 + (text.charAt(at) - '0');
        }
        at++;
      }
      for (int scale = at - start; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    int offset = 0;
    char sign = text.charAt(at);
    if (sign == '+' || sign == '-') {
      offset = (sign == '-' ? -1 : 1) * (digits(text, at + 1, 2) * 60 + digits(text, at + 4, 2));
    }
    long epochSecond = date(text).toEpochDay() * 86_400L + (hour * 60L + minute - offset) * 60L + second;
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /** A {@code url}: an absolute URI in ASCII; null otherwise. */
  public static URI parseUri(String text) {
    if (!URL.matcher(text).find()) {
      return null;
    }
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null; // the pattern admits only what URI parses (tested); kept as a refusal all the same
    }
  }

  /** An {@code email}: a valid e-mail address as the HTML standard defines it. */
  public static boolean isEmail(String text) {
    return EMAIL.matcher(text).find();
  }

  /** The full-date at the start of a text the date or timestamp pattern matched. */
  private static LocalDate date(String text) {
    return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
