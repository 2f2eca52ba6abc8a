package io.eventplan.collector.support;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a fault test proves, in numbers: events sent, acknowledged, stored, lost (acknowledged but
 * not stored) and duplicated (stored more than once), read from the warehouse's events table and
 * printed in one line that docs/reliability.md quotes.
 */
public record DeliveryFigures(String fault, int sent, int acknowledged, long stored, long lost, long duplicated,
    String notes) {

  /** Compares the ledger with the events table. */
  public static DeliveryFigures of(String fault, Collection<String> sent, Set<String> acknowledged, Sql sql,
      String notes) {
    List<Map<String, Object>> rows = sql.rows("SELECT event_id::text AS id FROM events");
    Set<String> stored = new HashSet<>();
    long duplicated = 0;
    for (Map<String, Object> row : rows) {
      if (!stored.add(row.get("id").toString())) {
        duplicated++;
      }
    }
    long lost = acknowledged.stream().filter(id -> !stored.contains(UUID.fromString(id).toString())).count();
    DeliveryFigures figures = new DeliveryFigures(fault, sent.size(), acknowledged.size(), rows.size(), lost,
        duplicated, notes);
    System.out.println(figures.line());
    return figures;
  }

  public String line() {
    return "FAULT " + fault + ": sent=" + sent + " acknowledged=" + acknowledged + " stored=" + stored + " lost="
        + lost + " duplicated=" + duplicated + (notes.isEmpty() ? "" : " (" + notes + ")");
  }
}
