package io.eventplan.collector.ingest;

import io.eventplan.collector.db.DatabaseStatus;
import io.eventplan.collector.db.DatabaseUnavailableException;
import io.eventplan.collector.db.SqlErrors;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.Warehouse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: a writer thread takes the messages of every request waiting in the queue, writes
 * them in one transaction (events by COPY, falling back to idempotent batched INSERTs when an event
 * was stored before), and completes each request's future only after COMMIT, so a 2xx always means
 * the event is durable. Several writers take turns: one gathers the next group while the others'
 * transactions run, so PostgreSQL works on several groups at once and the busier the collector,
 * the larger (and cheaper per event) its transactions. Futures are completed on responder threads,
 * so answering requests never delays the next transaction.
 */
public final class GroupCommitWriter implements WriteSink {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
  private static final int ATTEMPTS = 3;
  /** Groups written with INSERTs after COPY met a repeated event id: retries tend to come in runs. */
  private static final int INSERT_GROUPS_AFTER_REPEAT = 50;
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;
  private final GroupTransaction transaction;
  private final DatabaseStatus status;
  private final CollectorMetrics metrics;
  private final int maxGroupMessages;
  private final int maxQueuedMessages;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  /** Held by the one writer gathering a group, so that groups never interleave. */
  private final ReentrantLock gathering = new ReentrantLock();
  private final AtomicInteger queuedMessages = new AtomicInteger();
  private final List<Thread> threads;
  private final ExecutorService responders;
  private volatile boolean running = true;
  private final AtomicInteger insertGroupsLeft = new AtomicInteger();

  GroupCommitWriter(DataSource dataSource, GroupTransaction transaction, DatabaseStatus status,
      CollectorMetrics metrics, int maxGroupMessages, int maxQueuedMessages, int writers) {
    if (writers < 1) {
      throw new IllegalArgumentException("at least one writer thread is needed, not " + writers);
    }
    this.dataSource = dataSource;
    this.transaction = transaction;
    this.status = status;
    this.metrics = metrics;
    this.maxGroupMessages = maxGroupMessages;
    this.maxQueuedMessages = maxQueuedMessages;
    List<Thread> created = new ArrayList<>(writers);
    for (int i = 1; i <= writers; i++) {
      created.add(new Thread(this::run, writers == 1 ? "eventplan-group-commit" : "eventplan-group-commit-" + i));
    }
    this.threads = List.copyOf(created);
    AtomicInteger responderCount = new AtomicInteger();
    this.responders = Executors.newFixedThreadPool(2, runnable -> {
      Thread responder = new Thread(runnable, "eventplan-respond-" + responderCount.incrementAndGet());
      responder.setDaemon(true);
      return responder;
    });
    metrics.writerQueue(queuedMessages::get);
  }

  /**
   * A writer for {@code warehouse}, not yet started.
   *
   * @param maxGroupMessages most messages in one transaction
   * @param maxQueuedMessages most messages waiting; more are refused with {@link OverloadedException}
   * @param writers how many transactions may run at once (each writer holds one connection while it writes)
   */
  public static GroupCommitWriter create(DataSource dataSource, Warehouse warehouse, JsonText json,
      Rejections rejections, DatabaseStatus status, CollectorMetrics metrics, int maxGroupMessages,
      int maxQueuedMessages, int writers) {
    return new GroupCommitWriter(dataSource, new GroupTransaction(warehouse, json, rejections), status, metrics,
        maxGroupMessages, maxQueuedMessages, writers);
  }

  public GroupCommitWriter start() {
    threads.forEach(Thread::start);
    return this;
  }

  /**
   * Queues one request's writes. The future completes after their transaction commits, with one
   * outcome per write in order; or exceptionally with {@link DatabaseUnavailableException}.
   *
   * @throws OverloadedException when the queue already holds as many messages as it may
   */
  @Override
  public CompletableFuture<List<WriteOutcome>> submit(List<Write> writes) {
    if (!running) {
      throw new OverloadedException("the collector is shutting down");
    }
    int size = writes.size();
    if (queuedMessages.addAndGet(size) > maxQueuedMessages && size < maxQueuedMessages) {
      queuedMessages.addAndGet(-size);
      throw new OverloadedException("the writer's queue is full");
    }
    Pending pending = new Pending(List.copyOf(writes), new CompletableFuture<>());
    queue.add(pending);
    return pending.future;
  }

  private void run() {
    while (running || !queue.isEmpty()) {
      List<Pending> group;
      try {
        group = gather();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      if (group.isEmpty()) {
        continue;
      }
      int size = group.stream().mapToInt(pending -> pending.writes.size()).sum();
      queuedMessages.addAndGet(-size);
      commit(group, size);
    }
    failRemaining();
  }

  /**
   * The next group: the first request waiting (up to 100 ms for one) and every request behind it
   * that still fits. One writer gathers at a time; the others are writing meanwhile.
   */
  private List<Pending> gather() throws InterruptedException {
    gathering.lockInterruptibly();
    try {
      Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
      if (first == null) {
        return List.of();
      }
      List<Pending> group = new ArrayList<>();
      group.add(first);
      int size = first.writes.size();
      Pending next;
      // the only consumer while the lock is held, so what peek() shows is what poll() takes
      while ((next = queue.peek()) != null && size + next.writes.size() <= maxGroupMessages) {
        group.add(queue.poll());
        size += next.writes.size();
      }
      return group;
    } finally {
      gathering.unlock();
    }
  }

  private void commit(List<Pending> group, int size) {
    List<Write> writes = new ArrayList<>(size);
    group.forEach(p -> writes.addAll(p.writes));
    long start = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      try {
        List<WriteOutcome> outcomes = writeInTransaction(writes);
        status.markReachable();
        metrics.groupCommitted(size, System.nanoTime() - start);
        int from = 0;
        for (Pending pending : group) {
          List<WriteOutcome> own = List.copyOf(outcomes.subList(from, from + pending.writes.size()));
          responders.execute(() -> pending.future.complete(own));
          from += pending.writes.size();
        }
        return;
      } catch (SQLException e) {
        if (SqlErrors.isRetryable(e) && attempt < ATTEMPTS) {
          continue;
        }
        RuntimeException failure;
        if (SqlErrors.isUnavailable(e)) {
          status.markUnreachable(e.getMessage());
          failure = new DatabaseUnavailableException("PostgreSQL is unreachable", e);
        } else {
          LOG.error("Writing a group of {} messages failed", size, e);
          failure = new IllegalStateException("writing to the warehouse failed", e);
        }
        fail(group, failure);
        return;
      } catch (RuntimeException | Error e) {
        // nothing may kill a writer thread: pgjdbc throws an AssertionError when the server
        // goes away in the middle of a batch
        LOG.error("Writing a group of {} messages failed", size, e);
        fail(group, e instanceof Error ? new DatabaseUnavailableException("writing to the warehouse failed", e) : e);
        return;
      }
    }
  }

  private void fail(List<Pending> group, Throwable failure) {
    group.forEach(p -> responders.execute(() -> p.future.completeExceptionally(failure)));
  }

  private List<WriteOutcome> writeInTransaction(List<Write> writes) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      if (insertGroupsLeft.getAndUpdate(left -> Math.max(0, left - 1)) == 0) {
        SQLException refused = tryWhole(connection, writes, transaction::writeCopied);
        if (refused == null) {
          return writes.stream().map(GroupTransaction::outcomeOf).toList();
        }
        if (UNIQUE_VIOLATION.equals(refused.getSQLState())) {
          insertGroupsLeft.set(INSERT_GROUPS_AFTER_REPEAT);
        }
      }
      if (tryWhole(connection, writes, transaction::writeBatched) == null) {
        return writes.stream().map(GroupTransaction::outcomeOf).toList();
      }
      try {
        List<WriteOutcome> outcomes = transaction.writeOneByOne(connection, writes);
        connection.commit();
        return outcomes;
      } catch (SQLException | RuntimeException e) {
        rollback(connection);
        throw e;
      }
    }
  }

  /**
   * Writes and commits the whole group one way; null when committed, the refusal when PostgreSQL
   * refused a row (rolled back). Any other error is thrown.
   */
  private static SQLException tryWhole(Connection connection, List<Write> writes, GroupWay way) throws SQLException {
    try {
      way.write(connection, writes);
      connection.commit();
      return null;
    } catch (SQLException e) {
      rollback(connection);
      if (!SqlErrors.isDataError(e)) {
        throw e;
      }
      return e;
    }
  }

  /** One way of writing a whole group in the open transaction. */
  @FunctionalInterface
  private interface GroupWay {
    void write(Connection connection, List<Write> writes) throws SQLException;
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // the connection is broken; the pool discards it and the caller reports the first error
    }
  }

  private void failRemaining() {
    Pending pending;
    while ((pending = queue.poll()) != null) {
      Pending stopped = pending;
      responders.execute(() -> stopped.future.completeExceptionally(new OverloadedException("the collector stopped")));
    }
  }

  /** Stops taking requests, writes what is queued, then stops the threads. */
  @Override
  public void close() {
    running = false;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      for (Thread thread : threads) {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      }
      responders.shutdown();
      responders.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Pending(List<Write> writes, CompletableFuture<List<WriteOutcome>> future) {}
}
