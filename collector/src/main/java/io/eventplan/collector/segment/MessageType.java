package io.eventplan.collector.segment;

import java.util.Optional;

/** The Segment calls the collector stores: every call type of Segment's Tracking API. */
public enum MessageType {
  TRACK("track"),
  PAGE("page"),
  SCREEN("screen"),
  IDENTIFY("identify"),
  GROUP("group"),
  ALIAS("alias");

  private final String wireName;

  MessageType(String wireName) {
    this.wireName = wireName;
  }

  /** The value of Segment's {@code type} field. */
  public String wireName() {
    return wireName;
  }

  /** The wire names, for messages: {@code track, page, screen, identify, group, alias}. */
  public static String wireNames() {
    return String.join(", ", java.util.Arrays.stream(values()).map(MessageType::wireName).toList());
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
