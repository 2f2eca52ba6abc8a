package io.eventplan.collector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Lockouts grow with failures, per account and per address, and end by themselves. */
class LoginThrottleTest {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  });

  @Test
  void anAccountIsLockedForLongerAfterEachFailurePastTheThreshold() {
    for (int i = 1; i < LoginThrottle.ACCOUNT_THRESHOLD; i++) {
      throttle.failed("ada@example.com", "10.0.0.1");
      assertThat(throttle.lockedFor("ada@example.com", "10.0.0.1")).isEmpty();
    }
    throttle.failed("Ada@Example.com ", "10.0.0.2");
    assertThat(throttle.lockedFor("ada@example.com", "10.0.0.3")).hasValue(Duration.ofSeconds(1));
    now = now.plusSeconds(1);
    assertThat(throttle.lockedFor("ada@example.com", "10.0.0.3")).isEmpty();
    throttle.failed("ada@example.com", "10.0.0.4");
    assertThat(throttle.lockedFor("ada@example.com", "10.0.0.3")).hasValue(Duration.ofSeconds(2));
    for (int i = 0; i < 30; i++) {
      throttle.failed("ada@example.com", "10.0.1." + i);
    }
    assertThat(throttle.lockedFor("ada@example.com", "10.0.0.3")).hasValue(LoginThrottle.LONGEST_LOCK);
    assertThat(throttle.lockedFor("bob@example.com", "10.0.0.3")).as("other accounts are not locked").isEmpty();

    now = now.plus(LoginThrottle.LONGEST_LOCK);
    throttle.succeeded("ada@example.com");
    throttle.failed("ada@example.com", "10.0.0.9");
    assertThat(throttle.lockedFor("ada@example.com", "10.0.0.8")).as("a success starts the count again").isEmpty();
  }

  @Test
  void anAddressTryingManyAccountsIsLocked() {
    for (int i = 0; i < LoginThrottle.ADDRESS_THRESHOLD; i++) {
      throttle.failed("user" + i + "@example.com", "198.51.100.9");
    }
    assertThat(throttle.lockedFor("new@example.com", "198.51.100.9")).hasValue(Duration.ofSeconds(1));
    assertThat(throttle.lockedFor("new@example.com", "198.51.100.10")).isEmpty();
  }
}
