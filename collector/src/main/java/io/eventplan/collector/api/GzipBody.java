package io.eventplan.collector.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A request body sent with {@code Content-Encoding: gzip}, inflated within the limit of the body it
 * stands for: the inflater is never asked for more than the limit and one byte, so a few kilobytes that
 * would inflate to gigabytes (a gzip bomb) are refused with 413 after at most {@code limit + 1} bytes of
 * output, and what is held in memory stays below the limit whatever the ratio.
 */
final class GzipBody {
  private final byte[] gzipped;
  private final int limit;
  private final String what;
  private long inflated;

  /** @param what names the body in the 413 message, e.g. {@code batch} */
  GzipBody(byte[] gzipped, int limit, String what) {
    this.gzipped = gzipped;
    this.limit = limit;
    this.what = what;
  }

  /** The inflated body; 413 past the limit, 400 {@code invalid_encoding} when it is not gzip. */
  byte[] inflate() {
    try (CountingGzip in = new CountingGzip(new ByteArrayInputStream(gzipped))) {
      try {
        return readWithin(in);
      } finally {
        inflated = in.inflated();
      }
    } catch (IOException e) {
      throw new ApiException(ErrorCode.INVALID_ENCODING, "the body is not valid gzip (" + e.getMessage()
          + "); send it compressed whole with gzip, or without Content-Encoding");
    }
  }

  /** How many bytes the inflater produced: at most the limit and one. */
  long inflatedBytes() {
    return inflated;
  }

  private byte[] readWithin(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(limit, Math.max(1024, gzipped.length * 4)));
    byte[] buffer = new byte[8192];
    int total = 0;
    int read;
    while ((read = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - total))) > 0) {
      total += read;
      if (total > limit) {
        throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "the " + what + " is larger than " + limit / 1024
            + " KB once inflated (Content-Encoding: gzip); the limit is on the inflated body");
      }
      body.write(buffer, 0, read);
    }
    return body.toByteArray();
  }

  /** GZIPInputStream that tells how much its inflater wrote. */
  private static final class CountingGzip extends GZIPInputStream {
    CountingGzip(InputStream in) throws IOException {
      super(in);
    }

    long inflated() {
      return inf.getBytesWritten();
    }
  }
}
