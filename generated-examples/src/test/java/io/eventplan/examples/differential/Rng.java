package io.eventplan.examples.differential;

import java.util.List;
import java.util.SplittableRandom;

/** The seeded randomness of one run: every choice comes from here, so a seed replays a run exactly. */
final class Rng {
  private final SplittableRandom random;

  Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** An int in [from, to], both included. */
  int between(int from, int to) {
    return random.nextInt(from, to + 1);
  }

  /** A long in [from, to], both included. */
  long between(long from, long to) {
    if (to == Long.MAX_VALUE) {
      return from == Long.MIN_VALUE ? random.nextLong() : random.nextLong(from - 1, to) + 1;
    }
    return random.nextLong(from, to + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  double nextDouble() {
    return random.nextDouble();
  }

  long nextLong() {
    return random.nextLong();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T pick(T... items) {
    return items[random.nextInt(items.length)];
  }
}
