package io.eventplan.collector.demo;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /demo/login with {@code {"email", "password"}}: 200 with the user's id and traits, or 401.
 * Neither the password nor the e-mail of a failed attempt is logged or echoed.
 */
public final class DemoLoginRoutes {
  private final DemoSite site;
  private final JsonMapper mapper = JsonMapper.builder().build();

  public DemoLoginRoutes(DemoSite site) {
    this.site = site;
  }

  public void login(Context ctx) {
    Optional<DemoUser> user = Optional.empty();
    try {
      JsonNode body = mapper.readTree(ctx.body());
      JsonNode email = body.get("email");
      JsonNode password = body.get("password");
      if (email != null && email.isString() && password != null && password.isString()) {
        char[] secret = password.asString().toCharArray();
        try {
          user = site.users().authenticate(email.asString(), secret);
        } finally {
          Arrays.fill(secret, '\0');
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
