package io.eventplan.benchmarks.ingest;

/** What one worker thread of a phase does once; returns how many events it sent. */
@FunctionalInterface
interface Step {
  int run(Worker worker) throws Exception;
}
