package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventplan.collector.config.RateLimit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket with a hand-driven clock. */
class RateLimiterTest {
  private final AtomicLong nanos = new AtomicLong();

  @Test
  void refillsAtTheRateUpToTheBurst() {
    RateLimiter limiter = new RateLimiter(new RateLimit(2, 4, false), nanos::get);
    for (int i = 0; i < 4; i++) {
      limiter.admit("a");
    }
    assertThatThrownBy(() -> limiter.admit("a")).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
      assertThat(e.retryAfterSeconds()).isEqualTo(1);
    });
    nanos.addAndGet(500_000_000L); // half a second: one token back
    limiter.admit("a");
    assertThatThrownBy(() -> limiter.admit("a")).isInstanceOf(ApiException.class);
    nanos.addAndGet(60_000_000_000L);
    for (int i = 0; i < 4; i++) {
      limiter.admit("a"); // never more than the burst
    }
    assertThatThrownBy(() -> limiter.admit("a")).isInstanceOf(ApiException.class);
  }

  @Test
  void offAdmitsEverythingAndTracksNothing() {
    RateLimiter limiter = new RateLimiter(RateLimit.OFF, nanos::get);
    for (int i = 0; i < 10_000; i++) {
      limiter.admit("a");
    }
    assertThat(limiter.trackedAddresses()).isZero();
  }
}
