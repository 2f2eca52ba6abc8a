package io.eventplan.collector.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A client that sends Logged Out events, each with its own messageId, from several threads at once
 * (in turns: one batch of 25, then 5 single tracks), and keeps a ledger: which ids were acknowledged
 * (2xx), and how many answers of each status and how many connection failures it saw. An id whose
 * request failed in any way stays unacknowledged, to be sent again.
 */
public final class LedgerClient {
  private static final int BATCH_SIZE = 25;
  private static final int SINGLES_PER_TURN = 5;

  private final Supplier<URI> base;
  private final String writeKey;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
  private final AtomicLong connectionFailures = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final Set<String> retryAfterMissing = ConcurrentHashMap.newKeySet();

  /** @param base the collector's base URI, asked again for every request (it may move after a restart) */
  public LedgerClient(Supplier<URI> base, String writeKey) {
    this.base = base;
    this.writeKey = writeKey;
  }

  /** Sends each id once (concurrently, {@code threads} at a time) and returns when every request ended. */
  public void sendOnce(List<String> ids, int threads) {
    ConcurrentLinkedQueue<List<String>> units = new ConcurrentLinkedQueue<>();
    int i = 0;
    boolean batch = true;
    while (i < ids.size()) {
      int size = batch ? BATCH_SIZE : 1;
      int turns = batch ? 1 : SINGLES_PER_TURN;
      for (int t = 0; t < turns && i < ids.size(); t++) {
        units.add(ids.subList(i, Math.min(ids.size(), i + size)));
        i += size;
      }
      batch = !batch;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (List<String> unit = units.poll(); unit != null; unit = units.poll()) {
            send(unit);
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private void send(List<String> ids) {
    requests.incrementAndGet();
    boolean single = ids.size() == 1;
    String body = single ? event(ids.get(0))
        : "{\"batch\": [" + String.join(",", ids.stream().map(id -> "{\"type\": \"track\", " + event(id).substring(1))
            .toList()) + "]}";
    HttpRequest request = HttpRequest.newBuilder(base.get().resolve(single ? "/v1/track" : "/v1/batch"))
        .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
        .header("Authorization", RunningCollector.basic(writeKey))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
      if (response.statusCode() == 200 && (single || response.body().contains("\"rejected\":[]"))) {
        acknowledged.addAll(ids);
      } else if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
        retryAfterMissing.add(response.body());
      }
    } catch (IOException e) {
      connectionFailures.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String event(String id) {
    return "{\"event\": \"Logged Out\", \"userId\": \"u-" + id.substring(0, 8) + "\", \"messageId\": \"" + id
        + "\", \"properties\": {\"reason\": \"manual\"}}";
  }

  public Set<String> acknowledged() {
    return acknowledged;
  }

  /** Answers by HTTP status, e.g. {200=310, 503=12}. */
  public Map<Integer, Long> statuses() {
    Map<Integer, Long> copy = new java.util.TreeMap<>();
    statuses.forEach((status, count) -> copy.put(status, count.get()));
    return copy;
  }

  public long connectionFailures() {
    return connectionFailures.get();
  }

  public long requests() {
    return requests.get();
  }

  /** Bodies of 503 answers that came without Retry-After (should be none). */
  public Set<String> retryAfterMissing() {
    return retryAfterMissing;
  }
}
