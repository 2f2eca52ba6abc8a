package io.eventplan.collector.demo;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /demo/login with {@code {"email", "password"}}: 200 with the user's id and traits, or 401;
 * 429 with Retry-After while the account or the client address is locked after repeated failures
 * ({@link LoginThrottle}). Neither the password nor the e-mail of a failed attempt is logged or echoed.
 */
public final class DemoLoginRoutes {
  private final DemoSite site;
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final LoginThrottle throttle;

  public DemoLoginRoutes(DemoSite site) {
    this(site, new LoginThrottle(Clock.systemUTC()));
  }

  public DemoLoginRoutes(DemoSite site, LoginThrottle throttle) {
    this.site = site;
    this.throttle = throttle;
  }

  public void login(Context ctx) {
    Optional<DemoUser> user = Optional.empty();
    try {
      JsonNode body = mapper.readTree(ctx.body());
      JsonNode email = body.get("email");
      JsonNode password = body.get("password");
      if (email != null && email.isString() && password != null && password.isString()) {
        String address = String.valueOf(ctx.req().getRemoteAddr());
        Optional<Duration> locked = throttle.lockedFor(email.asString(), address);
        if (locked.isPresent()) {
          long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
          ctx.header("Retry-After", Long.toString(seconds));
          answer(ctx, HttpStatus.TOO_MANY_REQUESTS, error("too_many_attempts",
              "too many failed logins; try again in " + seconds + " s"));
          return;
        }
        char[] secret = password.asString().toCharArray();
        try {
          user = site.users().authenticate(email.asString(), secret);
        } finally {
          Arrays.fill(secret, '\0');
        }
        if (user.isPresent()) {
          throttle.succeeded(email.asString());
        } else {
          throttle.failed(email.asString(), address);
        }
      } else {
        answer(ctx, HttpStatus.BAD_REQUEST, error("invalid_request", "send {\"email\": …, \"password\": …}"));
        return;
      }
    } catch (JacksonException e) {
      answer(ctx, HttpStatus.BAD_REQUEST, error("invalid_request", "the body is not JSON"));
      return;
    }
    if (user.isEmpty()) {
      answer(ctx, HttpStatus.UNAUTHORIZED, error("invalid_credentials", "wrong e-mail address or password"));
      return;
    }
    DemoUser u = user.get();
    Map<String, Object> traits = new LinkedHashMap<>();
    traits.put("email", u.email());
    traits.put("name", u.name());
    traits.put("role", u.role());
    answer(ctx, HttpStatus.OK, Map.of("success", true, "userId", u.id(), "traits", traits));
  }

  /** What the page needs to send events: the write key, and the collector's URL unless it is the page's own origin. */
  public void config(Context ctx) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("writeKey", site.writeKey());
    site.eventsEndpoint().ifPresent(endpoint -> config.put("endpoint", endpoint));
    answer(ctx, HttpStatus.OK, config);
  }

  private static Map<String, Object> error(String code, String message) {
    return Map.of("success", false, "error", Map.of("code", code, "message", message));
  }

  private void answer(Context ctx, HttpStatus status, Object body) {
    ctx.status(status).header("Cache-Control", "no-store").contentType("application/json")
        .result(mapper.writeValueAsString(body));
  }
}
