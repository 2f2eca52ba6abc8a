package io.eventplan.collector.loader;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * {@link AbstractLoaderTest} on Testcontainers' {@code apache/kafka} image (KRaft, one node); skipped where Docker is
 * not available, as on the machine this was written on: it has not run there.
 */
@Testcontainers(disabledWithoutDocker = true)
class LoaderContainersTest extends AbstractLoaderTest {
  /** The broker image; its clients are kafka-clients 4.4, which speak to brokers from 2.1 on. */
  static final String IMAGE = "apache/kafka:4.0.0";

  @Container
  static final KafkaContainer KAFKA = new KafkaContainer(IMAGE);

  @Override
  String bootstrapServers() {
    return KAFKA.getBootstrapServers();
  }
}
