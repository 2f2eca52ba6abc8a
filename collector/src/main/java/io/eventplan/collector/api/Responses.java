package io.eventplan.collector.api;

import io.javalin.http.Context;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the API's JSON answers. Success is Segment's {@code {"success": true}}; an error is
 * {@code {"success": false, "error": {"code": ..., "message": ..., ...details}}} and never holds a
 * stack trace or SQL. The characters {@code < > & '} are written as {@code \u003C} and the like, so
 * that text echoed from a request (an event name, a messageId) is inert even where an answer is
 * mistaken for HTML.
 */
public final class Responses {
  /** The request attribute that says a handler wrote the answer itself (so a 404 it chose keeps its body). */
  public static final String ANSWERED = "eventplan.answered";

  /** Seconds a client should wait before sending again after a 503. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private final ObjectWriter writer;

  public Responses(JsonMapper mapper) {
    this.writer = mapper.writer().with(new HtmlSafeEscapes());
  }

  public static ObjectNode success() {
    return JsonNodeFactory.instance.objectNode().put("success", true);
  }

  public void json(Context ctx, int status, ObjectNode body) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status);
    ctx.contentType("application/json");
    ctx.result(writer.writeValueAsBytes(body));
  }

  public void error(Context ctx, ApiException error) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("success", false);
    ObjectNode detail = body.putObject("error");
    detail.put("code", error.code().code());
    detail.put("message", error.getMessage());
    if (error.details() != null) {
      detail.setAll(error.details());
    }
    if (error.retryAfterSeconds() > 0) {
      ctx.header("Retry-After", Long.toString(error.retryAfterSeconds()));
    } else if (error.code().status() == 503 || error.code().status() == 429) {
      ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }
    if (error.code() == ErrorCode.UNAUTHORIZED) {
      ctx.header("WWW-Authenticate", "Basic realm=\"eventplan\"");
    }
    json(ctx, error.code().status(), body);
  }

  public void error(Context ctx, ErrorCode code, String message) {
    error(ctx, new ApiException(code, message));
  }

  /** JSON's escapes plus {@code < > & '} as Unicode escapes. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] codes;

    HtmlSafeEscapes() {
      codes = standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\''}) {
        codes[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return codes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
