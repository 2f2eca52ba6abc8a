package io.eventplan.collector.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Decides whether a request carries a valid write key, the way Segment's Tracking API takes it:
 * HTTP Basic with the key as user name and an empty password, or a {@code writeKey} member in the
 * JSON body. When an Authorization header is present, it alone counts.
 */
public final class Authenticator {
  private final WriteKeys keys;

  public Authenticator(WriteKeys keys) {
    this.keys = keys;
  }

  /** The verdict on an Authorization header alone; {@link Verdict#ABSENT} when there is none. */
  public Verdict checkHeader(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return Verdict.ABSENT;
    }
    return basicUser(authorization).map(this::check).orElse(Verdict.WRONG);
  }

  /** The verdict on a {@code writeKey} taken from the body; null means the body has none. */
  public Verdict checkBodyKey(String writeKey) {
    return writeKey == null ? Verdict.ABSENT : check(writeKey);
  }

  private Verdict check(String key) {
    return keys.accepts(key) ? Verdict.ACCEPTED : Verdict.WRONG;
  }

  /** The user name of a Basic header whose password is empty. */
  static Optional<String> basicUser(String authorization) {
    String trimmed = authorization.trim();
    if (trimmed.length() < 6 || !trimmed.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(trimmed.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.of(decoded);
    }
    return colon == decoded.length() - 1 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
  }

  /** What the request's credentials amount to. */
  public enum Verdict {
    ACCEPTED,
    WRONG,
    ABSENT
  }
}
