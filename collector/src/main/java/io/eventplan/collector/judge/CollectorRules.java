package io.eventplan.collector.judge;

/** Rule names of the violations the collector finds itself, before or after the validators. */
public final class CollectorRules {
  /** The event name is not in the plan. */
  public static final String UNKNOWN_EVENT = "unknownEvent";
  /** A Segment field the call needs is absent or empty (event, userId, groupId, previousId). */
  public static final String MISSING_FIELD = "missingField";
  /** A Segment field has the wrong JSON type (e.g. properties is not an object). */
  public static final String FIELD_TYPE = "fieldType";
  /** A batch item's type is none of Segment's call types. */
  public static final String UNSUPPORTED_TYPE = "unsupportedType";
  /** The plan has no people or companies section, so identify or group has nowhere to go. */
  public static final String NO_TRAITS_IN_PLAN = "noTraitsInPlan";
  /** A string or member name holds U+0000, which PostgreSQL's text and jsonb cannot store. */
  public static final String NUL_CHARACTER = "nulCharacter";
  /** The validators accepted the event but PostgreSQL refused the row (a constraint). */
  public static final String WAREHOUSE = "warehouse";
  /**
   * Kafka mode: the loader could not turn a Kafka record into rows (a plan without the record's event version, or
   * a record not written by a collector); the record is kept in rejected_events as it was read.
   */
  public static final String UNREADABLE_RECORD = "unreadableRecord";

  private CollectorRules() {}
}
