package io.eventplan.benchmarks.ingest;

import java.sql.Connection;
import java.util.Arrays;

/** Per-thread state of a benchmark phase: a JDBC or HTTP connection, the latencies it measured. */
final class Worker {
  Connection connection;
  LoopbackHttp http;
  long[] latencies = new long[1024];
  int count;
  long failures;

  void record(long nanos) {
    if (count == latencies.length) {
      latencies = Arrays.copyOf(latencies, count * 2);
    }
    latencies[count++] = nanos;
  }
}
