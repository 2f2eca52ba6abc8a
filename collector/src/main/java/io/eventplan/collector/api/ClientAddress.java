package io.eventplan.collector.api;

import io.javalin.http.Context;

/**
 * The address a request comes from: the TCP peer, or, when the collector is told it sits behind
 * one reverse proxy, the last entry of {@code X-Forwarded-For} (the one that proxy appended; the
 * entries before it are whatever the client claimed and are never trusted).
 */
public final class ClientAddress {
  private final boolean trustForwardedFor;

  public ClientAddress(boolean trustForwardedFor) {
    this.trustForwardedFor = trustForwardedFor;
  }

  public String of(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    if (!trustForwardedFor) {
      return peer;
    }
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return peer;
    }
    String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
    return last.isEmpty() || last.length() > 64 ? peer : last;
  }
}
