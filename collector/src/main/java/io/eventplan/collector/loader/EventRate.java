package io.eventplan.collector.loader;

import java.util.ArrayDeque;
import java.util.Deque;

/** Events per second over a sliding window, from samples of a running total taken about once a second. */
final class EventRate {
  private final long windowMillis;
  private final Deque<long[]> samples = new ArrayDeque<>();
  private volatile double perSecond;

  EventRate(long windowMillis) {
    this.windowMillis = windowMillis;
  }

  /** Records the running {@code total} at {@code nowMillis} (ignored if the last sample is under a second old). */
  synchronized void sample(long nowMillis, long total) {
    long[] last = samples.peekLast();
    if (last != null && nowMillis - last[0] < 1_000) {
      return;
    }
    samples.addLast(new long[] {nowMillis, total});
    while (samples.size() > 2 && nowMillis - samples.peekFirst()[0] > windowMillis) {
      samples.removeFirst();
    }
    long[] first = samples.peekFirst();
    perSecond = nowMillis == first[0] ? 0 : (total - first[1]) * 1_000.0 / (nowMillis - first[0]);
  }

  double perSecond() {
    return perSecond;
  }
}
