package io.eventplan.runtime;

import java.util.List;

/**
 * The {@code people} or {@code companies} table: keyed by the user id or the group id, with a column per trait
 * (the key itself excluded when the plan also declares it as a trait).
 *
 * @param table {@code people} or {@code companies}
 * @param keyColumn {@code user_id} or {@code company_id}
 */
public record TraitsTable(String table, String keyColumn, List<Column> columns) {

  public TraitsTable {
    columns = List.copyOf(columns);
  }
}
