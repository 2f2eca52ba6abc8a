package io.eventplan.collector.loader;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loader's consumer lag: records in its partitions that are not in the warehouse yet, that is the log end
 * minus the consumer's position, plus what it read and has not written. It asks the brokers for the log ends once
 * a second, because a paused partition (warehouse down, batch in flight) fetches nothing and so would show a
 * stale lag.
 */
final class ConsumerLag {
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLag.class);
  private static final long PERIOD_MILLIS = 1_000;
  private static final Duration TIMEOUT = Duration.ofMillis(500);

  private final Consumer<byte[], byte[]> consumer;
  private long lastMillis;
  private long lag;

  ConsumerLag(Consumer<byte[], byte[]> consumer) {
    this.consumer = consumer;
  }

  /**
   * The lag, measured again when a second has passed; the last value while the brokers do not answer.
   *
   * @param inFlight records read and handed to the writer, not committed yet
   */
  long measure(long nowMillis, long inFlight) {
    if (nowMillis - lastMillis < PERIOD_MILLIS) {
      return lag;
    }
    lastMillis = nowMillis;
    Set<TopicPartition> assigned = consumer.assignment();
    if (assigned.isEmpty()) {
      lag = 0;
      return lag;
    }
    try {
      long behind = 0;
      for (Map.Entry<TopicPartition, Long> end : consumer.endOffsets(assigned, TIMEOUT).entrySet()) {
        behind += Math.max(0, end.getValue() - consumer.position(end.getKey(), TIMEOUT));
      }
      lag = behind + inFlight;
    } catch (RuntimeException e) {
      // brokers away or a rebalance under way: keep the last figure, measure again in a second
      LOG.debug("Measuring the consumer lag failed: {}", e.toString());
    }
    return lag;
  }
}
