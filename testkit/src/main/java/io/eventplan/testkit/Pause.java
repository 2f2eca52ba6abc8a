package io.eventplan.testkit;

/** The wait between two looks while polling the collector or its warehouse. */
final class Pause {
  static final long MILLIS = 50;

  private Pause() {}

  static void briefly() {
    try {
      Thread.sleep(MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the collector", e);
    }
  }
}
