package io.eventplan.examples.differential;

import java.time.LocalDate;
import java.util.List;

/**
 * Values of the formats timestamp (date-time), date, uuid, url (uri) and email as the format patterns define them
 * (docs/event-envelope.md): random valid ones, and known-bad ones close to valid, among them what some validators'
 * own format checks accept (the bare {@code https://} of networknt's uri, the space of ajv-formats' date-time,
 * the IP literal of networknt's email).
 */
final class FormatValues {
  static final List<String> BAD_TIMESTAMPS = List.of(
      "2024-01-31 12:00:00Z", "2024-01-31T12:00:00", "2023-02-29T00:00:00Z", "2024-01-31T24:00:00Z",
      "2024-13-01T00:00:00Z", "2024-01-31T12:00Z", "2024-01-31T12:00:00+0100", "2024-01-31T12:00:00+24:00",
      "2024-01-31T12:00:00.Z", "2024-1-31T12:00:00Z", "+2024-01-31T12:00:00Z", "2024-01-31T12:00:00ZZ",
      "2016-12-30T23:59:60Z", "2016-12-31T23:59:60Z", "1998-12-31T23:59:60.5Z", "2015-06-30T23:59:60z",
      "2024-01-31", "2024-01-31T12:00:00,5Z", "2024-01-31T12:60:00Z", "");
  static final List<String> BAD_DATES = List.of(
      "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00", "2024-04-31", "2024-1-01", "24-01-01", "2024/01/01",
      "2024-01-01T00:00:00Z", "20240101", " 2024-01-01", "2024-01-01 ", "+2024-01-01", "-0001-01-01", "");
  static final List<String> BAD_UUIDS = List.of(
      "123e4567-e89b-12d3-a456-42661417400", "123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-4266141740000",
      "123e4567-e89b-12d3-a456-42661417400g", "{123e4567-e89b-12d3-a456-426614174000}",
      "123e4567-e89b-12d3-a456-426614174000\n", "123e4567-e89b-12d3-a456_426614174000", "");
  static final List<String> BAD_URLS = List.of(
      "http:", "https:", "https://", "//", "://", "1a:", "a,b:", "x+.-:", "/relative/path", "relative", "",
      "//example.com", "https://exa mple.com", "https://example.com/ä", "https://example.com/?q=[1]",
      "http://example.com/%zz", "https://example.com/\u007f", "https://example.com#a#b", "https://example.com/ x",
      "https://example.com/\"q\"", "https://example.com/<b>", "https://example.com/{x}");
  static final List<String> BAD_EMAILS = List.of(
      "ada", "ada@", "@example.com", "ada@@example.com", "ada@example.com.", "ada@exa mple.com",
      "ada lovelace@example.com", "ada@[127.0.0.1]", "ada@[IPv6:2001:db8::1]", "\"ada lovelace\"@example.com",
      "ada@example..com", "ada@-example.com", "ada@example-.com", "ada@bücher.de", "adà@example.com",
      "ada@" + "a".repeat(64) + ".com", "ada(comment)@example.com", "ada@example.com\n", "ada@ex_ample.com", "");

  private static final List<String> SCHEMES = List.of("https", "http", "ftp", "wss", "s3", "git+ssh");
  private static final List<String> HOSTS = List.of(
      "example.com", "app.example.com", "localhost", "127.0.0.1", "[::1]", "xn--caf-dma.example", "a-b.c.io");
  private static final List<String> OTHER_URLS = List.of(
      "mailto:ada@example.com", "urn:isbn:0451450523", "file:///etc/hosts", "tel:+1-816-555-1212",
      "news:comp.lang.java", "a:b", "https://user:pw@example.com:8443/a/b;c?d=e#f", "http://example.com//",
      "https://example.com/%20space", "HTTPS://EXAMPLE.COM/", "https://example.com/?q=a+b&r=%C3%A9#top");
  private static final List<String> DOMAINS = List.of(
      "example.com", "example.org", "mail.example.co.uk", "example.io", "example.dev", "xn--bcher-kva.de",
      "localhost", "example.invalidtld", "a-b.example", "123.example", "a".repeat(63) + ".com");
  private static final String URL_CHARS = "abcxyz019-._~%";
  private static final String LOCAL_CHARS = "abcxyzADZ019!#$%&*+/=?^_`{|}~-";

  private final Rng rng;

  FormatValues(Rng rng) {
    this.rng = rng;
  }

  /** An RFC 3339 date-time with an offset; sometimes lower-case t/z, fractions of up to 12 digits. */
  String timestamp() {
    StringBuilder text = new StringBuilder(date());
    text.append(rng.chance(0.1) ? 't' : 'T')
        .append(String.format("%02d:%02d:%02d", rng.between(0, 23), rng.between(0, 59), rng.between(0, 59)));
    if (rng.chance(0.5)) {
      text.append('.');
      int digits = rng.between(1, 12);
      for (int i = 0; i < digits; i++) {
        text.append(rng.between(0, 9));
      }
    }
    if (rng.chance(0.4)) {
      text.append(rng.chance(0.9) ? 'Z' : 'z');
    } else {
      text.append(rng.chance(0.5) ? '+' : '-')
          .append(String.format("%02d:%02d", rng.between(0, 23), rng.between(0, 59)));
    }
    return text.toString();
  }

  /** An RFC 3339 full-date that exists, mostly around now, sometimes anywhere in years 0000-9999. */
  String date() {
    int year = rng.chance(0.8) ? rng.between(1900, 2100) : rng.between(0, 9999);
    LocalDate first = LocalDate.of(year, rng.between(1, 12), 1);
    LocalDate day = first.withDayOfMonth(rng.between(1, first.lengthOfMonth()));
    if (rng.chance(0.05)) {
      day = LocalDate.of(rng.pick(2000, 2024, 1600, 2400), 2, 29);
    }
    return String.format("%04d-%02d-%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /** 8-4-4-4-12 hexadecimal digits, each digit upper or lower case. */
  String uuid() {
    StringBuilder text = new StringBuilder();
    boolean upper = rng.chance(0.2);
    for (int i = 0; i < 32; i++) {
      if (i == 8 || i == 12 || i == 16 || i == 20) {
        text.append('-');
      }
      char digit = Character.forDigit(rng.between(0, 15), 16);
      text.append(upper || rng.chance(0.05) ? Character.toUpperCase(digit) : digit);
    }
    return text.toString();
  }

  /** An absolute URI in printable ASCII. */
  String url() {
    if (rng.chance(0.15)) {
      return rng.pick(OTHER_URLS);
    }
    StringBuilder text = new StringBuilder(rng.pick(SCHEMES)).append("://").append(rng.pick(HOSTS));
    if (rng.chance(0.2)) {
      text.append(':').append(rng.between(1, 65535));
    }
    int segments = rng.between(0, 4);
    for (int i = 0; i < segments; i++) {
      text.append('/').append(urlWord());
    }
    if (rng.chance(0.3)) {
      text.append('?').append(urlWord()).append('=').append(urlWord());
    }
    if (rng.chance(0.2)) {
      text.append('#').append(urlWord());
    }
    return text.toString();
  }

  /** {@code url} made longer by a path of {@code extra} more characters. */
  String longer(String url, int extra) {
    StringBuilder path = new StringBuilder(url.contains("?") || url.contains("#") ? "https://example.com/" : url + "/");
    while (path.length() < url.length() + extra) {
      path.append(rng.pick("a", "b", "0", "-", "_", "~"));
    }
    return path.toString();
  }

  String email() {
    StringBuilder local = new StringBuilder();
    int words = rng.between(1, 3);
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        local.append('.');
      }
      int length = rng.between(1, 10);
      for (int j = 0; j < length; j++) {
        local.append(LOCAL_CHARS.charAt(rng.between(0, rng.chance(0.8) ? 12 : LOCAL_CHARS.length() - 1)));
      }
    }
    if (rng.chance(0.05)) {
      local.insert(rng.between(0, local.length()), rng.pick(".", ".."));  // the HTML standard allows dots anywhere
    }
    return local + "@" + rng.pick(DOMAINS);
  }

  private String urlWord() {
    StringBuilder word = new StringBuilder();
    int length = rng.between(1, 8);
    for (int i = 0; i < length; i++) {
      char c = URL_CHARS.charAt(rng.between(0, URL_CHARS.length() - 1));
      if (c == '%') {
        word.append('%').append(Character.forDigit(rng.between(0, 15), 16)).append(Character.forDigit(rng.between(0, 15), 16));
      } else {
        word.append(c);
      }
    }
    return word.toString();
  }
}
