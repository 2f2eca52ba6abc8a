package io.eventplan.benchmarks.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load generator's HTTP/1.1 connection: one blocking, kept-alive socket per client thread that
 * sends a request and reads the whole answer. It shares the machine's two cores with the collector
 * and PostgreSQL, so it does as little as a client can (no executor, no futures, no header maps),
 * leaving the cores to what is measured; a real client would run on its own machine.
 */
final class LoopbackHttp implements AutoCloseable {
  /** A status and body. */
  record Answer(int status, String body) {}

  private final String host;
  private final int port;
  private final String authorization;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackHttp(String host, int port, String authorization) {
    this.host = host;
    this.port = port;
    this.authorization = authorization;
  }

  /** POSTs {@code json} to {@code path} and reads the answer; reconnects once if the server closed the connection. */
  Answer post(String path, byte[] json) throws IOException {
    byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nContent-Type: application/json\r\nAuthorization: " + authorization + "\r\nContent-Length: "
        + json.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    return exchange(head, json);
  }

  /** GETs {@code path}. */
  Answer get(String path) throws IOException {
    byte[] head = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    return exchange(head, new byte[0]);
  }

  private Answer exchange(byte[] head, byte[] body) throws IOException {
    boolean fresh = socket == null;
    try {
      return send(head, body);
    } catch (IOException e) {
      close();
      if (fresh) {
        throw e;
      }
      // a kept-alive connection the server had closed: one new connection, then give up
      return send(head, body);
    }
  }

  private Answer send(byte[] head, byte[] body) throws IOException {
    connectIfClosed();
    out.write(head);
    out.write(body);
    out.flush();
    return readAnswer();
  }

  private void connectIfClosed() throws IOException {
    if (socket != null) {
      return;
    }
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(60_000);
    socket.connect(new InetSocketAddress(host, port), 5_000);
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    out = socket.getOutputStream();
  }

  private Answer readAnswer() throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("the server closed the connection");
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = line(); header != null && !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
          size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
        copy(size, body);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      copy(length, body);
    } else {
      in.transferTo(body);
      close = true;
    }
    if (close) {
      close();
    }
    return new Answer(status, body.toString(StandardCharsets.UTF_8));
  }

  private void copy(long count, ByteArrayOutputStream to) throws IOException {
    byte[] buffer = new byte[(int) Math.min(count, 8192)];
    for (long left = count; left > 0; ) {
      int read = in.read(buffer, 0, (int) Math.min(left, buffer.length));
      if (read < 0) {
        throw new IOException("the answer ended early");
      }
      to.write(buffer, 0, read);
      left -= read;
    }
  }

  /** One header line without its CRLF; null at the end of the stream before any byte. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        return line.length() == 0 ? null : line.toString();
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
    }
  }
}
