package io.eventplan.collector.api;

import io.eventplan.collector.config.RateLimit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: each request takes a token, tokens come back at the
 * configured rate up to the burst size, and a request that finds the bucket empty gets 429 with
 * the seconds until the next token. Buckets of quiet addresses (full again) are dropped when the
 * table grows, so a flood of addresses cannot grow memory without bound.
 */
public final class RateLimiter {
  private static final int SWEEP_ABOVE = 50_000;

  private final RateLimit limit;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(RateLimit limit) {
    this(limit, System::nanoTime);
  }

  RateLimiter(RateLimit limit, LongSupplier nanoClock) {
    this.limit = limit;
    this.nanoClock = nanoClock;
  }

  /** Takes a token for {@code address}, or throws 429 {@code rate_limited} with Retry-After. */
  public void admit(String address) {
    if (!limit.enabled()) {
      return;
    }
    if (buckets.size() > SWEEP_ABOVE) {
      sweep();
    }
    long now = nanoClock.getAsLong();
    Bucket bucket = buckets.computeIfAbsent(address == null ? "" : address, a -> new Bucket(limit.burst(), now));
    double wait = bucket.take(now, limit);
    if (wait > 0) {
      throw ApiException.retryAfter(ErrorCode.RATE_LIMITED, "more than " + format(limit.perSecond())
          + " requests a second from one address; wait and send again", (long) Math.ceil(wait));
    }
  }

  /** How many addresses have a bucket (for tests). */
  int trackedAddresses() {
    return buckets.size();
  }

  private void sweep() {
    long now = nanoClock.getAsLong();
    buckets.values().removeIf(bucket -> bucket.isFull(now, limit));
  }

  private static String format(double perSecond) {
    return perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : Double.toString(perSecond);
  }

  /** Tokens of one address. */
  private static final class Bucket {
    private double tokens;
    private long updatedNanos;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updatedNanos = now;
    }

    /** 0 when a token was taken, else the seconds until one is there. */
    synchronized double take(long now, RateLimit limit) {
      refill(now, limit);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (1 - tokens) / limit.perSecond();
    }

    synchronized boolean isFull(long now, RateLimit limit) {
      refill(now, limit);
      return tokens >= limit.burst();
    }

    private void refill(long now, RateLimit limit) {
      double elapsedSeconds = Math.max(0, now - updatedNanos) / 1e9;
      tokens = Math.min(limit.burst(), tokens + elapsedSeconds * limit.perSecond());
      updatedNanos = now;
    }
  }
}
