package io.eventplan.collector.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing at the demo login: failed attempts are counted per account and per
 * client address; past a threshold each further failure locks that account or address for twice as
 * long as the last (1 s, 2 s, 4 s, ... up to 15 minutes). While locked, attempts are refused without
 * checking the password, so guessing gains nothing. A success clears the account's count; counts
 * are forgotten after an hour without failures.
 */
public final class LoginThrottle {
  /** Failures of one account before it is locked. */
  public static final int ACCOUNT_THRESHOLD = 5;
  /** Failures from one address (over all accounts) before it is locked. */
  public static final int ADDRESS_THRESHOLD = 20;
  static final Duration FIRST_LOCK = Duration.ofSeconds(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int SWEEP_ABOVE = 10_000;

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the caller must wait before trying {@code account} from {@code address}; empty: go ahead. */
  public Optional<Duration> lockedFor(String account, String address) {
    Instant now = clock.instant();
    Duration wait = max(remaining(accountKey(account), now), remaining(addressKey(address), now));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String account, String address) {
    Instant now = clock.instant();
    if (failures.size() > SWEEP_ABOVE) {
      failures.values().removeIf(f -> f.forgettable(now));
    }
    failures.computeIfAbsent(accountKey(account), k -> new Failures()).add(now, ACCOUNT_THRESHOLD);
    failures.computeIfAbsent(addressKey(address), k -> new Failures()).add(now, ADDRESS_THRESHOLD);
  }

  public void succeeded(String account) {
    failures.remove(accountKey(account));
  }

  private Duration remaining(String key, Instant now) {
    Failures f = failures.get(key);
    return f == null ? Duration.ZERO : f.remaining(now);
  }

  private static String accountKey(String account) {
    return "account:" + account.trim().toLowerCase(java.util.Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The failures of one account or address. */
  private static final class Failures {
    private int count;
    private Instant lastFailure = Instant.EPOCH;
    private Instant lockedUntil = Instant.EPOCH;

    synchronized void add(Instant now, int threshold) {
      if (Duration.between(lastFailure, now).compareTo(FORGET_AFTER) > 0) {
        count = 0;
      }
      count++;
      lastFailure = now;
      if (count >= threshold) {
        int doublings = Math.min(count - threshold, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
      }
    }

    synchronized Duration remaining(Instant now) {
      return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    synchronized boolean forgettable(Instant now) {
      return !now.isBefore(lockedUntil) && Duration.between(lastFailure, now).compareTo(FORGET_AFTER) > 0;
    }
  }
}
