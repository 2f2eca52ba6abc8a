package io.eventplan.codegen.catalog;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.Headers;
import io.eventplan.codegen.java.JavaCalls;
import io.eventplan.codegen.jsonschema.JsonSchemaEmitter;
import io.eventplan.codegen.lock.PlanSnapshot;
import io.eventplan.codegen.reporting.ReportViews;
import io.eventplan.codegen.typescript.TypeScriptCalls;
import io.eventplan.codegen.warehouse.ColumnSpec;
import io.eventplan.codegen.warehouse.TableSpec;
import io.eventplan.codegen.warehouse.WarehouseSchema;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.naming.SqlNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers, for every event, what the other outputs make of it: the snippet's and the Java emitter's
 * names, the JSON Schema, the warehouse table, the report views and the lock file's history. Each is
 * asked of the code that produces it, so the catalog cannot disagree with the generated files.
 */
final class CatalogEntries {
  private CatalogEntries() {}

  static List<EventEntry> of(TrackingPlan plan, EmitContext context) {
    Map<String, TypeScriptCalls.Call> typescript = TypeScriptCalls.of(plan);
    Map<String, JavaCalls.Call> java = JavaCalls.of(plan, context.javaPackage());
    Map<String, String> schemas = new JsonSchemaEmitter().emit(plan, context).stream()
        .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
    Map<String, TableSpec> tables = WarehouseSchema.tables(PlanSnapshot.of(plan)).stream()
        .collect(Collectors.toMap(TableSpec::name, Function.identity(), (a, b) -> a));
    ReportViews views = ReportViews.of(plan);
    Set<String> pages = new HashSet<>();
    List<EventEntry> entries = new ArrayList<>();
    for (EventDef event : plan.events()) {
      String table = SqlNames.table(event.name(), event.version());
      TableSpec spec = tables.get(table);
      List<ColumnSpec> columns = spec == null ? List.of() : spec.columns();
      String schemaPath = JsonSchemaEmitter.eventSchemaPath(event);
      entries.add(new EventEntry(event, page(table, pages), Headers.source(context, event.location()),
          event.properties().stream().map(PropertyRow::of).toList(), typescript.get(event.name()),
          java.get(event.name()), schemaPath, schemas.getOrDefault(schemaPath, ""), table, columns,
          views.usingEvent(event.name()), EventHistory.of(context.lock(), event.name())));
    }
    return entries;
  }

  /** A page name unique ignoring case (pages are files), from the event's table name. */
  private static String page(String table, Set<String> taken) {
    String base = table.isEmpty() ? "event" : table;
    String page = base;
    for (int n = 2; !taken.add(page.toLowerCase(Locale.ROOT)); n++) {
      page = base + "_" + n;
    }
    return page;
  }
}
