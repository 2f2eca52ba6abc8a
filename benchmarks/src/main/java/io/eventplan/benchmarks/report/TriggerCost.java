package io.eventplan.benchmarks.report;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What keeping the summaries current costs on top of plain COPY: new groups of events ({@link CollectorGroup}) are
 * copied into the loaded warehouse with and without the summary trigger on {@code events}, alternately (which goes
 * first alternates too), each in its own transaction that commits, as the collector's groups do; only the COPY
 * statements are timed. Two writes are compared: the {@code events} rows alone, and the whole group as the collector
 * writes it (the events, then their typed rows, whose foreign keys PostgreSQL checks). Each round copies four fresh
 * groups (never the same ids twice, so no index sees a key again); the first round warms up and is not counted.
 * Afterwards the events copied without the trigger are deleted with the delete trigger off, so that the summaries
 * still match the events for the rest of the run.
 */
final class TriggerCost {
  private static final String INSERT_TRIGGER = "summaries_insert";
  private static final String DELETE_TRIGGER = "summaries_delete";

  private final Connection connection;
  private final CopyManager copy;
  private final SplittableRandom random;
  private final int users;
  private final List<UUID> untracked = new ArrayList<>();

  TriggerCost(Connection connection, SplittableRandom random, int users) throws SQLException {
    this.connection = connection;
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    this.random = random;
    this.users = users;
  }

  /** {@code rounds} counted rounds of groups of {@code rows} events; prints one line per write compared. */
  void measure(int rows, int rounds) throws SQLException, IOException {
    double[][] eventsOnly = new double[2][rounds];
    double[][] wholeGroup = new double[2][rounds];
    connection.setAutoCommit(false);
    try {
      for (int round = -1; round < rounds; round++) {
        for (int i = 0; i < 2; i++) {
          boolean withTrigger = (round + i) % 2 == 0;
          double eventsMillis = write(rows, withTrigger, false);
          double groupMillis = write(rows, withTrigger, true);
          if (round >= 0) {
            eventsOnly[withTrigger ? 0 : 1][round] = eventsMillis;
            wholeGroup[withTrigger ? 0 : 1][round] = groupMillis;
          }
        }
      }
    } finally {
      connection.setAutoCommit(true);
    }
    report("COPY of " + String.format(Locale.ROOT, "%,d", rows) + " events", eventsOnly, rounds);
    report("COPY of a group of " + String.format(Locale.ROOT, "%,d", rows) + " events and their typed rows",
        wholeGroup, rounds);
  }

  /** Copies one fresh group and commits; the milliseconds its COPY statements took. */
  private double write(int rows, boolean withTrigger, boolean typed) throws SQLException, IOException {
    CollectorGroup group = new CollectorGroup(random, rows, users, Instant.now());
    if (!withTrigger) {
      trigger(INSERT_TRIGGER, false);
      untracked.addAll(group.ids());
    }
    long start = System.nanoTime();
    group.copyEvents(copy);
    if (typed) {
      group.copyTyped(copy);
    }
    double millis = (System.nanoTime() - start) / 1e6;
    if (!withTrigger) {
      trigger(INSERT_TRIGGER, true);
    }
    connection.commit();
    return millis;
  }

  /** Deletes the events copied without the trigger (and their typed rows), leaving the summaries as they are. */
  void forgetUntracked() throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM events WHERE event_id = ANY (?)")) {
      trigger(DELETE_TRIGGER, false);
      delete.setArray(1, connection.createArrayOf("uuid", untracked.toArray()));
      delete.executeUpdate();
      trigger(DELETE_TRIGGER, true);
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
    untracked.clear();
  }

  private void trigger(String name, boolean on) throws SQLException {
    ReportBenchmark.trigger(connection, name, on);
  }

  private static void report(String what, double[][] millis, int rounds) {
    double with = ReportBenchmark.median(millis[0]);
    double without = ReportBenchmark.median(millis[1]);
    System.out.printf(Locale.ROOT, "%s into the loaded table: %.1f ms with the summary triggers, %.1f ms without"
        + " (medians of %d, committed): %+.0f %%%n", what, with, without, rounds, (with / without - 1) * 100);
  }
}
