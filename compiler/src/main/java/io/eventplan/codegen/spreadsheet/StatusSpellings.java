package io.eventplan.codegen.spreadsheet;

import io.eventplan.plan.model.EventStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Status column's many spellings ("Live", "To do", "Archived"...) mapped to the plan's three statuses. */
final class StatusSpellings {
  private static final Map<String, EventStatus> WORDS = Map.ofEntries(
      Map.entry("planned", EventStatus.PLANNED), Map.entry("todo", EventStatus.PLANNED),
      Map.entry("notstarted", EventStatus.PLANNED), Map.entry("backlog", EventStatus.PLANNED),
      Map.entry("proposed", EventStatus.PLANNED), Map.entry("draft", EventStatus.PLANNED),
      Map.entry("new", EventStatus.PLANNED), Map.entry("inprogress", EventStatus.PLANNED),
      Map.entry("wip", EventStatus.PLANNED), Map.entry("pending", EventStatus.PLANNED),
      Map.entry("open", EventStatus.PLANNED), Map.entry("notimplemented", EventStatus.PLANNED),
      Map.entry("implemented", EventStatus.IMPLEMENTED), Map.entry("live", EventStatus.IMPLEMENTED),
      Map.entry("done", EventStatus.IMPLEMENTED), Map.entry("shipped", EventStatus.IMPLEMENTED),
      Map.entry("tracked", EventStatus.IMPLEMENTED), Map.entry("installed", EventStatus.IMPLEMENTED),
      Map.entry("complete", EventStatus.IMPLEMENTED), Map.entry("completed", EventStatus.IMPLEMENTED),
      Map.entry("active", EventStatus.IMPLEMENTED), Map.entry("ready", EventStatus.IMPLEMENTED),
      Map.entry("tested", EventStatus.IMPLEMENTED), Map.entry("inproduction", EventStatus.IMPLEMENTED),
      Map.entry("deprecated", EventStatus.DEPRECATED), Map.entry("removed", EventStatus.DEPRECATED),
      Map.entry("archived", EventStatus.DEPRECATED), Map.entry("retired", EventStatus.DEPRECATED),
      Map.entry("obsolete", EventStatus.DEPRECATED), Map.entry("legacy", EventStatus.DEPRECATED),
      Map.entry("donotuse", EventStatus.DEPRECATED), Map.entry("unused", EventStatus.DEPRECATED));

  private StatusSpellings() {}

  /** The status a cell means, if it is one of the known spellings. */
  static Optional<EventStatus> parse(String cell) {
    return Optional.ofNullable(WORDS.get(SheetColumn.key(cell)));
  }

  /** Whether the cell already is the plan's spelling, so the import has nothing to report. */
  static boolean isPlanSpelling(String cell) {
    String text = cell.strip();
    return parse(text).map(s -> s.planName().equals(text)).orElse(false);
  }
}
