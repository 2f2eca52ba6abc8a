package io.eventplan.collector.status;

/**
 * Whether a service the collector depends on (its database, Kafka) answered lately, and why not when it did not:
 * written by its probe and by the code that uses it, read by every request.
 */
public abstract class Reachability {
  private volatile boolean reachable;
  private volatile String problem = "not checked yet";

  public boolean reachable() {
    return reachable;
  }

  /** Why the service is not reachable; null when it is. */
  public String problem() {
    return reachable ? null : problem;
  }

  public void markReachable() {
    reachable = true;
  }

  public void markUnreachable(String why) {
    problem = why;
    reachable = false;
  }
}
