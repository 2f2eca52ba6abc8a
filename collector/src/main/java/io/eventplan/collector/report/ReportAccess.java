package io.eventplan.collector.report;

import io.eventplan.collector.api.ApiException;
import io.eventplan.collector.api.ErrorCode;
import io.eventplan.collector.auth.WriteKeys;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;

/**
 * Who may read the report: HTTP Basic with any user name and a report key
 * ({@code EVENTPLAN_REPORT_KEYS}) as the password, compared like write keys (hashed, constant time,
 * every key). The report shows personal data, so there is no anonymous access.
 */
public final class ReportAccess {
  private final WriteKeys keys;
  private final String refusal;

  ReportAccess(Collection<String> reportKeys) {
    this(reportKeys, "the report needs a report key: HTTP Basic with any user name and the key as the password");
  }

  /** Access for other keys, e.g. the admin keys of replay; {@code refusal} is what a 401 says. */
  public ReportAccess(Collection<String> keys, String refusal) {
    this.keys = WriteKeys.of(keys);
    this.refusal = refusal;
  }

  /** Lets the request through, or answers 401 with a Basic challenge so a browser asks for the key. */
  public void check(Context ctx) {
    if (!password(ctx.header("Authorization")).map(keys::accepts).orElse(false)) {
      throw new ApiException(ErrorCode.UNAUTHORIZED, refusal);
    }
  }

  /** The password of a Basic Authorization header. */
  static Optional<String> password(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(colon + 1));
  }
}
