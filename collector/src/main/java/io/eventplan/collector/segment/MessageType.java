package io.eventplan.collector.segment;

import java.util.Optional;

/** The Segment calls the collector stores. Screen and alias calls are refused per item. */
public enum MessageType {
  TRACK("track"),
  PAGE("page"),
  IDENTIFY("identify"),
  GROUP("group");

  private final String wireName;

  MessageType(String wireName) {
    this.wireName = wireName;
  }

  /** The value of Segment's {@code type} field. */
  public String wireName() {
    return wireName;
  }

  public static Optional<MessageType> fromWireName(String name) {
    for (MessageType type : values()) {
      if (type.wireName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
