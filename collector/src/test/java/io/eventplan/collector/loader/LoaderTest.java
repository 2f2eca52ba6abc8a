package io.eventplan.collector.loader;

import io.eventplan.collector.kafka.support.InProcessKafka;

/** {@link AbstractLoaderTest} on a Kafka 4.4 broker in KRaft mode in this JVM (no Docker needed). */
class LoaderTest extends AbstractLoaderTest {
  private InProcessKafka kafka;

  @Override
  String bootstrapServers() {
    if (kafka == null) {
      kafka = InProcessKafka.start();
    }
    return kafka.bootstrapServers();
  }

  @Override
  void stopBroker() {
    kafka.close();
  }
}
