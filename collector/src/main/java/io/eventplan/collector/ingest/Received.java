package io.eventplan.collector.ingest;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * When and from where a request arrived.
 *
 * @param at when the collector received it: the timestamp of messages that have none
 * @param sourceIp the client's IP address as a literal PostgreSQL's inet accepts, or null
 */
public record Received(Instant at, String sourceIp) {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}(%[0-9A-Za-z]+)?");

  /** {@code remoteAddress} as the servlet reports it (IPv6 possibly in brackets); anything else is dropped. */
  public static Received of(Instant at, String remoteAddress) {
    String ip = remoteAddress == null ? null : remoteAddress.replace("[", "").replace("]", "");
    if (ip != null && IPV6.matcher(ip).matches() && ip.contains("%")) {
      ip = ip.substring(0, ip.indexOf('%')); // inet has no zone ids
    }
    boolean literal = ip != null && (IPV4.matcher(ip).matches() || (ip.contains(":") && IPV6.matcher(ip).matches()));
    return new Received(at, literal ? ip : null);
  }
}
