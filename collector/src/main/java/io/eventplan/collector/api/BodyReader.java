package io.eventplan.collector.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Reads request bodies within a limit, inflating gzip bodies within the same limit. The limit is enforced
 * while reading: a declared
 * Content-Length over it is refused without keeping a byte, and a body that turns out longer is
 * abandoned at the first byte past it, so no body is ever held beyond its limit. A body whose declared
 * Content-Length is over the limit but at most {@value #DRAIN_LIMIT} bytes is read and dropped before the
 * 413, so that the client, still sending, gets the answer instead of a reset connection; a larger one, or a
 * chunked one that runs past the limit, is cut off at once (a slow sender cannot hold the server). Time is bounded
 * too: a body still arriving after {@code bodyTimeout} is abandoned with 408, and one that stalls
 * is ended by the server's idle timeout (also 408); a client that goes away mid-body gets 400.
 */
final class BodyReader {
  /** How much of a too-large body is read and dropped so that its sender receives the 413. */
  static final int DRAIN_LIMIT = 2 * 1024 * 1024;

  private BodyReader() {}

  /** Accepts application/json and text/plain (what sendBeacon sends), in UTF-8, plain or gzip. */
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
    if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity") && !isGzip(ctx)) {
      throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding " + encoding.trim()
          + " is not supported; send the body with gzip or without Content-Encoding");
    }
  }

  /** Whether the body is sent with {@code Content-Encoding: gzip} (or its old name x-gzip). */
  private static boolean isGzip(Context ctx) {
    String encoding = ctx.header("Content-Encoding");
    return encoding != null && (encoding.trim().equalsIgnoreCase("gzip") || encoding.trim().equalsIgnoreCase("x-gzip"));
  }

  /**
   * The body, at most {@code limit} bytes; {@code what} names it in the 413 message. A gzip body is read
   * within the same limit and inflated within it ({@link GzipBody}).
   */
  static byte[] read(Context ctx, int limit, String what, Duration bodyTimeout) {
    byte[] body = readRaw(ctx, limit, what, bodyTimeout);
    return isGzip(ctx) ? new GzipBody(body, limit, what).inflate() : body;
  }

  private static byte[] readRaw(Context ctx, int limit, String what, Duration bodyTimeout) {
    long deadline = System.nanoTime() + bodyTimeout.toNanos();
    long declared = ctx.req().getContentLengthLong();
    byte[] buffer = new byte[8192];
    if (declared > limit) {
      drain(ctx, buffer, deadline);
      throw tooLarge(what, limit);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
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

  /**
   * Reads and drops a too-large body of at most {@link #DRAIN_LIMIT} declared bytes, within the body's time;
   * whatever stops it (the time, a broken connection), the caller answers 413.
   */
  private static void drain(Context ctx, byte[] buffer, long deadline) {
    if (ctx.req().getContentLengthLong() > DRAIN_LIMIT) {
      return;
    }
    try {
      InputStream in = ctx.req().getInputStream();
      long total = 0;
      int read;
      while (total < DRAIN_LIMIT && System.nanoTime() - deadline < 0
          && (read = in.read(buffer, 0, (int) Math.min(buffer.length, DRAIN_LIMIT - total))) > 0) {
        total += read;
      }
    } catch (IOException e) {
      // the client went away or stalled: the 413 is still the answer
    }
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
