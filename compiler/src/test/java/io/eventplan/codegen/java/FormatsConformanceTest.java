package io.eventplan.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.runtime.support.FormatPatterns;
import io.eventplan.plan.pattern.PlanPattern;
import io.eventplan.runtime.support.Formats;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The runtime's {@code Formats}, which the generated validators call, accepts exactly what the format patterns accept
 * as plan patterns (docs/event-envelope.md), and turns every accepted text into the value java.time and java.net read
 * from it: hand-picked edge cases plus seeded random edits of them, about 100,000 strings.
 */
class FormatsConformanceTest {
  private static final long SEED = 42;
  @Test
  void dateTime() {
    List<String> seeds = List.of(
        "2024-01-31T12:00:00Z", "2024-01-31t12:00:00z", "2024-02-29T23:59:59.123456789+01:00", "2023-02-29T00:00:00Z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59-23:59", "2024-01-31T12:00:00.1234567891234Z",
        "2024-01-31T24:00:00Z", "2024-01-31T12:00:00+24:00", "2024-01-31 12:00:00Z", "2024-01-31T12:00:00",
        "2016-12-31T23:59:60Z", "2000-02-29T00:00:00+18:30", "1900-02-29T00:00:00Z", "2024-01-31T12:00:00.5-00:00");
    int accepted = 0;
    for (String text : corpus(seeds, "0123456789-:+.TtZz \u0663\n", 30_000)) {
      Object ours = invoke("parseDateTime", text);
      assertThat(ours != null).as(text).isEqualTo(accepts(FormatPatterns.TIMESTAMP, text));
      if (ours != null) {
        accepted++;
        assertThat(ours).as(text).isEqualTo(instant(text));
      }
    }
    assertThat(accepted).isGreaterThan(1_000);
  }

  @Test
  void date() {
    List<String> seeds = List.of(
        "2024-02-29", "2023-02-29", "2024-04-31", "0000-01-01", "9999-12-31", "+2024-01-01", "-0001-01-01",
        "2000-02-29", "1900-02-29", "2400-02-29", "2024-1-01", "2024-13-01", "2024-00-10", "2024-01-00");
    int accepted = 0;
    for (String text : corpus(seeds, "0123456789-+ \u0663", 20_000)) {
      Object ours = invoke("parseDate", text);
      assertThat(ours != null).as(text).isEqualTo(accepts(FormatPatterns.DATE, text));
      if (ours != null) {
        accepted++;
        assertThat(ours).as(text).isEqualTo(LocalDate.parse(text));
      }
    }
    assertThat(accepted).isGreaterThan(500);
  }

  @Test
  void uuid() {
    List<String> seeds = List.of("123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000",
        "123e4567e89b12d3a456426614174000", "{123e4567-e89b-12d3-a456-426614174000}");
    for (String text : corpus(seeds, "0123456789abcdefABCDEFgG-{} \n\u0663\uff41", 20_000)) {
      Object ours = invoke("parseUuid", text);
      assertThat(ours != null).as(text).isEqualTo(accepts(FormatPatterns.UUID, text));
      if (ours != null) {
        assertThat(ours.toString()).isEqualToIgnoringCase(text);
      }
    }
  }

  /** Every text the url pattern accepts is an absolute {@link URI}: the validators' records hold URIs. */
  @Test
  void everyAcceptedUrlIsAnAbsoluteJavaNetUri() throws URISyntaxException {
    List<String> seeds = List.of(
        "https://example.com/pricing", "http://a.b/c?d=e#f", "mailto:ada@example.com", "urn:isbn:0451450523", "http:",
        "http://", "//", "//example.com", "/relative/path", "relative", "", "https://example.com/?q=[1]",
        "https://[::1]:8080/x", "https://[2001:db8::ffff:1.2.3.4]/", "https://[1:2:3:4:5:6:7:8]", "https://example.com/\u00e4",
        "https://exa mple.com", "http://example.com/%zz", "http://example.com/%20", "a:b", "1a:b", "+:", ":",
        "file:///etc/passwd", "file:///", "a:/", "HTTP://EXAMPLE.COM", "http://user@host:99999/", "http://u:p@h:1/",
        "tel:+1-816-555-1212", "https://example.com#frag#frag", "jar:file:/x!/y", "a://b@", "s://1.2.3.999/");
    int accepted = 0;
    for (String text : corpus(seeds, "abc:/?#[]@!$&'()*+,;=%-._~ \"<>\\^`{|}\u00e9\u007f09", 40_000)) {
      Object ours = invoke("parseUri", text);
      boolean matches = accepts(FormatPatterns.URL, text);
      assertThat(ours != null).as(text).isEqualTo(matches);
      if (matches) {
        accepted++;
        assertThat(new URI(text).isAbsolute()).as(text).isTrue();
      }
    }
    assertThat(accepted).isGreaterThan(5_000);
  }

  @Test
  void email() {
    List<String> seeds = List.of(
        "ada@example.com", "ada.lovelace@example.co.uk", "ada@localhost", "ada@example.invalidtld", "ada@[127.0.0.1]",
        "\"ada lovelace\"@example.com", ".ada@example.com", "ada@example.com.", "ada@-example.com", "ada@ex\u00e4mple.com",
        "o'brien@example.com", "ada+tag@example.com", "ada@" + "a".repeat(63) + ".com", "ada@" + "a".repeat(64) + ".com");
    for (String text : corpus(seeds, "a.@[]:\"\\ -_+'()<>,;\u00e9\u4e2d\u00a0\u2028\n1%/", 30_000)) {
      assertThat(invoke("isEmail", text)).as(text).isEqualTo(accepts(FormatPatterns.EMAIL, text));
    }
    assertThat(invoke("isEmail", "ada@" + "a".repeat(64) + ".com")).isEqualTo(false);
  }

  private static boolean accepts(String format, String text) {
    return PlanPattern.of(format).matches(text);
  }

  /** The instant of a timestamp the pattern accepts, read with java.time (offsets beyond +-18:00 by hand). */
  private static Instant instant(String text) {
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    int offsetAt = Math.max(upper.lastIndexOf('+'), Math.max(upper.lastIndexOf('-'), upper.indexOf('Z')));
    String local = upper.substring(0, offsetAt);
    int dot = local.indexOf('.');
    if (dot > 0 && local.length() - dot - 1 > 9) {
      local = local.substring(0, dot + 10);
    }
    int offsetSeconds = 0;
    if (upper.charAt(offsetAt) != 'Z') {
      int sign = upper.charAt(offsetAt) == '-' ? -1 : 1;
      offsetSeconds = sign * (Integer.parseInt(upper.substring(offsetAt + 1, offsetAt + 3)) * 3600
          + Integer.parseInt(upper.substring(offsetAt + 4)) * 60);
    }
    return LocalDateTime.parse(local).toInstant(ZoneOffset.UTC).minusSeconds(offsetSeconds);
  }

  /** The seeds plus {@code count} variants with 1 to 3 random edits (replace, insert, delete). */
  private static List<String> corpus(List<String> seeds, String alphabet, int count) {
    Random random = new Random(SEED);
    int[] chars = alphabet.codePoints().toArray();
    List<String> out = new ArrayList<>(seeds);
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      for (int edit = 1 + random.nextInt(3); edit > 0; edit--) {
        int at = text.length() == 0 ? 0 : random.nextInt(text.length());
        String c = new String(Character.toChars(chars[random.nextInt(chars.length)]));
        int op = random.nextInt(3);
        if (op == 0 && text.length() > 0) {
          text.replace(at, at + 1, c);
        } else if (op == 1) {
          text.insert(at, c);
        } else if (text.length() > 0) {
          text.deleteCharAt(at);
        }
      }
      out.add(text.toString());
    }
    return out;
  }

  private static Object invoke(String method, String text) {
    return switch (method) {
      case "parseDateTime" -> Formats.parseDateTime(text);
      case "parseDate" -> Formats.parseDate(text);
      case "parseUuid" -> Formats.parseUuid(text);
      case "parseUri" -> Formats.parseUri(text);
      case "isEmail" -> Formats.isEmail(text);
      default -> throw new IllegalArgumentException(method);
    };
  }
}
