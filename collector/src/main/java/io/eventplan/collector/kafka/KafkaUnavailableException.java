package io.eventplan.collector.kafka;

/** Kafka did not acknowledge a request's records in time; the request may be sent again (the API answers 503). */
public final class KafkaUnavailableException extends RuntimeException {
  public KafkaUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
