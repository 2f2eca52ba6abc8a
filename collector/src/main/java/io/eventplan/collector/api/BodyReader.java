package io.eventplan.collector.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Reads request bodies within a limit. The limit is enforced while reading: a declared
 * Content-Length over it is refused before a byte is read, and a body that turns out longer is
 * abandoned at the first byte past it, so no body is ever held beyond its limit. Time is bounded
 * too: a body still arriving after {@code bodyTimeout} is abandoned with 408, and one that stalls
 * is ended by the server's idle timeout (also 408); a client that goes away mid-body gets 400.
 */
final class BodyReader {
  private BodyReader() {}

  /** Accepts application/json and text/plain (what sendBeacon sends), in UTF-8. */
  static void requireSupportedType(Context ctx) {
    String contentType = ctx.header("Content-Type");
    if (contentType == null) {
      throw unsupported("the request has no Content-Type");
    }
    String[] parts = contentType.split(";");
    String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json") && !mediaType.equals("text/plain")) {
      throw unsupported("Content-Type " + mediaType + " is not supported");
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].trim().split("=", 2);
      if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2
          && !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
        throw unsupported("charset " + parameter[1].trim() + " is not supported");
      }
    }
    String encoding = ctx.header("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
      throw unsupported("Content-Encoding " + encoding.trim() + " is not supported");
    }
  }

  /** The body, at most {@code limit} bytes; {@code what} names it in the 413 message. */
  static byte[] read(Context ctx, int limit, String what, Duration bodyTimeout) {
    long deadline = System.nanoTime() + bodyTimeout.toNanos();
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(what, limit);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
    byte[] buffer = new byte[8192];
    try (InputStream in = ctx.req().getInputStream()) {
      int total = 0;
      int read;
      while ((read = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - total))) > 0) {
        total += read;
        if (total > limit) {
          throw tooLarge(what, limit);
        }
        body.write(buffer, 0, read);
        if (System.nanoTime() - deadline > 0) {
          throw timedOut(bodyTimeout);
        }
      }
    } catch (IOException e) {
      if (isTimeout(e)) {
        throw timedOut(bodyTimeout);
      }
      throw new ApiException(ErrorCode.INCOMPLETE_BODY, "the body ended before it was complete");
    }
    return body.toByteArray();
  }

  private static ApiException timedOut(Duration bodyTimeout) {
    return new ApiException(ErrorCode.REQUEST_TIMEOUT, "the body did not arrive in time (at most "
        + bodyTimeout.toSeconds() + " s for a body, without long pauses); send it again");
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static ApiException tooLarge(String what, int limit) {
    return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
        "the " + what + " is larger than " + limit / 1024 + " KB");
  }

  private static ApiException unsupported(String why) {
    return new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        why + "; send application/json or text/plain in UTF-8");
  }
}
