package io.eventplan.collector.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

  @Test
  void aUuidMessageIdIsTheEventId() {
    assertThat(EventIds.fromMessageId("3F2504E0-4F89-11D3-9A0C-0305E82C3301"))
        .isEqualTo(UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
  }

  @Test
  void anyOtherMessageIdGivesTheSameVersion5UuidEveryTime() {
    UUID first = EventIds.fromMessageId("ajs-next-1700000000000-0b2f");
    UUID again = EventIds.fromMessageId("ajs-next-1700000000000-0b2f");
    UUID other = EventIds.fromMessageId("ajs-next-1700000000000-0b2e");

    assertThat(first).isEqualTo(again).isNotEqualTo(other);
    assertThat(first.version()).isEqualTo(5);
    assertThat(first.variant()).isEqualTo(2);
  }

  @Test
  void theNamespaceNeverChanges() {
    // pinned: a new namespace would give retried events new ids, and they would be stored twice
    assertThat(EventIds.fromMessageId("node-next-1-x")).isEqualTo(UUID.fromString("b7fbc33a-56c0-5aeb-b9aa-8f17285b8224"));
  }
}
