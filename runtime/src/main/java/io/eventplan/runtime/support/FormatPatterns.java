package io.eventplan.runtime.support;

/**
 * What the text types mean, each as one plan pattern that every judge applies alike: the JSON Schemas carry it as
 * a {@code pattern} (not a {@code format}, whose checks differ between validators: ajv-formats and networknt
 * disagree on e-mail addresses and date-times), the Java validators run it with RE2 and the snippet with
 * JavaScript's engine. Each is anchored at both ends, and uses only what RE2 and ECMAScript read alike (no
 * {@code .}, no shorthand classes), so the same text runs in both.
 */
public final class FormatPatterns {
  private static final String DAY_OF_YEAR = "[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
      + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))";
  private static final String LEAP_DAY =
      "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29";
  private static final String FULL_DATE = "(?:" + DAY_OF_YEAR + "|" + LEAP_DAY + ")";

  /** RFC 3339 full-date of a day that exists in the proleptic Gregorian calendar: {@code 2024-02-29}. */
  public static final String DATE = "^" + FULL_DATE + "$";

  /**
   * RFC 3339 date-time with an offset: {@code T} and {@code Z} in either case, any number of fraction digits, offsets
   * up to {@code +-23:59}; no leap second (:60), which validators accept on different days.
   */
  public static final String TIMESTAMP = "^" + FULL_DATE
      + "[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$";

  /** RFC 9562's text form: 8-4-4-4-12 hexadecimal digits of either case, any version. */
  public static final String UUID =
      "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$";

  /**
   * A valid e-mail address as the HTML standard defines it (what a browser's {@code <input type="email">}
   * accepts): no quoted local parts, IP literals or comments; labels of at most 63 characters.
   */
  public static final String EMAIL = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
      + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$";

  private static final String HEX = "[0-9A-Fa-f]";
  private static final String H16 = HEX + "{1,4}";
  private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
  private static final String IPV4 = "(?:" + OCTET + "\\.){3}" + OCTET;
  private static final String LS32 = "(?:" + H16 + ":" + H16 + "|" + IPV4 + ")";
  private static final String IPV6 = "(?:(?:" + H16 + ":){6}" + LS32
      + "|::(?:" + H16 + ":){5}" + LS32
      + "|(?:" + H16 + ")?::(?:" + H16 + ":){4}" + LS32
      + "|(?:(?:" + H16 + ":)?" + H16 + ")?::(?:" + H16 + ":){3}" + LS32
      + "|(?:(?:" + H16 + ":){0,2}" + H16 + ")?::(?:" + H16 + ":){2}" + LS32
      + "|(?:(?:" + H16 + ":){0,3}" + H16 + ")?::" + H16 + ":" + LS32
      + "|(?:(?:" + H16 + ":){0,4}" + H16 + ")?::" + LS32
      + "|(?:(?:" + H16 + ":){0,5}" + H16 + ")?::" + H16
      + "|(?:(?:" + H16 + ":){0,6}" + H16 + ")?::)";
  private static final String PCT = "%" + HEX + "{2}";
  private static final String PCHAR = "(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|" + PCT + ")";
  private static final String REG_NAME = "(?:[A-Za-z0-9._~!$&'()*+,;=-]|" + PCT + ")+";
  private static final String USER_INFO = "(?:[A-Za-z0-9._~!$&'()*+,;=:-]|" + PCT + ")+@";
  private static final String AUTHORITY =
      "(?:" + USER_INFO + ")?(?:\\[" + IPV6 + "\\]|" + REG_NAME + ")(?::[0-9]{1,5})?";
  private static final String SEGMENTS = "(?:/" + PCHAR + "*)*";

  /**
   * An absolute URI (RFC 3986) in ASCII: a scheme, then {@code //} and a host (a name, IPv4 or IPv6 address) with
   * optional user and port, or {@code ///} (no host), or a path; then an optional query and fragment. Other
   * characters must be percent-encoded. Every such text is also a {@link java.net.URI}.
   */
  public static final String URL = "^[A-Za-z][A-Za-z0-9+.-]*:(?://" + AUTHORITY + SEGMENTS
      + "|///(?:" + PCHAR + "+" + SEGMENTS + ")?|/(?:" + PCHAR + "+" + SEGMENTS + ")?|" + PCHAR + "+" + SEGMENTS + ")"
      + "(?:\\?(?:" + PCHAR + "|[/?])*)?(?:#(?:" + PCHAR + "|[/?])*)?$";

  private FormatPatterns() {}
}
