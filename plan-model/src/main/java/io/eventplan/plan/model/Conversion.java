package io.eventplan.plan.model;

/**
 * The Segment template's Conversion column: whether the event counts as a conversion, with the
 * author's explanation when the plan gave text instead of {@code true}/{@code false}.
 */
public record Conversion(boolean isConversion, String note) {

  public static final Conversion NONE = new Conversion(false, "");

  /** What the plan said, for docs and spreadsheets: the note, or "true"/"false". */
  public String asText() {
    return note.isEmpty() ? Boolean.toString(isConversion) : note;
  }
}
