package io.eventplan.runtime;

/** Where an event stands in the plan (Segment's Status column). */
public enum EventStatus {
  PLANNED,
  IMPLEMENTED,
  DEPRECATED
}
