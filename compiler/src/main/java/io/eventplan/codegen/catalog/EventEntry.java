package io.eventplan.codegen.catalog;

import io.eventplan.codegen.java.JavaCalls;
import io.eventplan.codegen.reporting.ReportView;
import io.eventplan.codegen.typescript.TypeScriptCalls;
import io.eventplan.codegen.warehouse.ColumnSpec;
import io.eventplan.plan.model.EventDef;
import java.util.List;
import java.util.Locale;

/**
 * Everything the catalog says about one event.
 *
 * @param page the event's page and anchor name, unique in the catalog, e.g. {@code logged_in}
 * @param source where the event is in the plan, {@code tracking-plan.yaml:34:3}
 * @param schemaPath the JSON Schema's path under the generated resources
 * @param table the warehouse table, e.g. {@code logged_in} or {@code logged_in_v2}
 * @param history one line per plan version and changeset of the lock file that touched the event
 */
record EventEntry(
    EventDef event,
    String page,
    String source,
    List<PropertyRow> properties,
    TypeScriptCalls.Call typescript,
    JavaCalls.Call java,
    String schemaPath,
    String schema,
    String table,
    List<ColumnSpec> columns,
    List<ReportView> views,
    List<String> history) {

  /** What the search box matches: the name, the description and every property name, lower case. */
  String searchText() {
    StringBuilder text = new StringBuilder(event.name()).append(' ').append(event.description());
    properties.forEach(p -> text.append(' ').append(p.name()));
    return text.toString().toLowerCase(Locale.ROOT);
  }
}
