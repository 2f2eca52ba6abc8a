package io.eventplan.collector.config;

/**
 * How many event requests one client address may send: a token bucket per address that holds up
 * to {@code burst} requests and refills at {@code perSecond}.
 *
 * @param perSecond requests per second per address ({@code EVENTPLAN_RATE_LIMIT}); 0 turns limiting off
 * @param burst requests an address may send at once after a quiet spell ({@code EVENTPLAN_RATE_BURST})
 * @param trustForwardedFor take the client address from the last {@code X-Forwarded-For} entry, as
 *     appended by the one reverse proxy in front ({@code EVENTPLAN_TRUST_FORWARDED_FOR}); only safe
 *     when every request passes that proxy, otherwise clients choose their own address
 */
public record RateLimit(double perSecond, int burst, boolean trustForwardedFor) {
  /** 200 requests a second (a batch counts once), bursts of 1,000: far above one browser or server. */
  public static final RateLimit DEFAULT = new RateLimit(200, 1_000, false);
  /** No limit (benchmarks, tests that send from one address at full speed). */
  public static final RateLimit OFF = new RateLimit(0, 0, false);

  public boolean enabled() {
    return perSecond > 0;
  }
}
