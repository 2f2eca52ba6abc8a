package io.eventplan.codegen.spreadsheet;

import io.eventplan.codegen.java.JavaCalls;
import io.eventplan.codegen.typescript.TypeScriptCalls;
import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.TrackingPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a plan in Segment's tracking-plan template: one row per event, then one row per property
 * (Name left empty, as in the template), the Code column holding the generated TypeScript and Java
 * calls. What the template has no column for goes into the Constraints column as a YAML mapping, so
 * {@link SpreadsheetImport} reads the sheet back into an equivalent plan.
 */
public final class SpreadsheetExport {
  static final List<SheetColumn> COLUMNS = List.of(SheetColumn.NAME, SheetColumn.DESCRIPTION, SheetColumn.PROPERTY,
      SheetColumn.PROPERTY_DESCRIPTION, SheetColumn.VALUES, SheetColumn.TYPE, SheetColumn.REQUIRED,
      SheetColumn.CONSTRAINTS, SheetColumn.CONVERSION, SheetColumn.LOCATION, SheetColumn.STATUS, SheetColumn.CODE);

  private SpreadsheetExport() {}

  /** The CSV text (RFC 4180, CRLF) of {@code plan}; Java names use {@code javaPackage}. */
  public static String csv(TrackingPlan plan, String javaPackage) {
    Map<String, TypeScriptCalls.Call> typescript = TypeScriptCalls.of(plan);
    Map<String, JavaCalls.Call> java = JavaCalls.of(plan, javaPackage);
    CsvWriter out = new CsvWriter().row(COLUMNS.stream().map(SheetColumn::header).toList());
    for (EventDef event : plan.events()) {
      Map<SheetColumn, String> row = new LinkedHashMap<>();
      row.put(SheetColumn.NAME, event.name());
      row.put(SheetColumn.DESCRIPTION, event.description());
      if (event.version() > 1) {
        row.put(SheetColumn.CONSTRAINTS, "{version: " + event.version() + "}");
      }
      row.put(SheetColumn.CONVERSION, event.conversion().asText());
      row.put(SheetColumn.LOCATION, event.whereTracked());
      row.put(SheetColumn.STATUS, event.status().planName());
      row.put(SheetColumn.CODE, "TypeScript: " + typescript.get(event.name()).sample()
          + "\nJava: " + java.get(event.name()).sample());
      out.row(cells(row));
      for (PropertyDef property : event.properties()) {
        out.row(cells(property(property)));
      }
    }
    return out.text();
  }

  private static Map<SheetColumn, String> property(PropertyDef property) {
    Map<SheetColumn, String> row = new LinkedHashMap<>();
    Map<String, Object> rest = PlanSpecs.of(property, false);
    row.put(SheetColumn.PROPERTY, property.name());
    row.put(SheetColumn.PROPERTY_DESCRIPTION, property.description());
    row.put(SheetColumn.TYPE, TypeSpellings.write(property.type()));
    row.put(SheetColumn.REQUIRED, property.required() ? "yes" : "no");
    rest.remove("type");
    rest.remove("description");
    Object values = rest.get("values");
    if (values instanceof List && fitsTheValuesCell((List<?>) values)) {
      row.put(SheetColumn.VALUES, ((List<?>) values).stream()
          .map(v -> v instanceof String ? (String) v : YamlText.flow(v)).collect(Collectors.joining("\n")));
      rest.remove("values");
    }
    if (property.type() instanceof ArrayType && rest.get("items").equals(itemTypesOnly(property.type()))) {
      rest.remove("items"); // "array of string" says it all
    }
    if (!rest.isEmpty()) {
      row.put(SheetColumn.CONSTRAINTS, YamlText.flow(rest));
    }
    return row;
  }

  /** {@code {type: string}}, or {@code {type: array, items: {type: integer}}} for nested arrays. */
  private static Map<String, Object> itemTypesOnly(PropertyType type) {
    PropertyType items = ((ArrayType) type).items();
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("type", items.planName());
    if (items instanceof ArrayType) {
      spec.put("items", itemTypesOnly(items));
    }
    return spec;
  }

  /** Whether the import reads the values back from a cell with one value per line (else: Constraints). */
  private static boolean fitsTheValuesCell(List<?> values) {
    boolean alone = values.size() == 1;
    return values.stream().allMatch(v -> fitsOnALine(v) && !(alone && String.valueOf(v).matches(".*[,;].*")));
  }

  /** A value the Property values cell can hold one per line and the import reads back unchanged. */
  private static boolean fitsOnALine(Object value) {
    String text = String.valueOf(value);
    return !text.isEmpty() && text.strip().equals(text) && !text.contains("\n") && !text.contains("\r")
        && !text.matches("^([-*•]\\s|[\"'“‘]).*") && !text.matches(".*[,;]$")
        && CellValues.examplesText(text).isEmpty();
  }

  private static List<String> cells(Map<SheetColumn, String> row) {
    List<String> cells = new ArrayList<>(Arrays.asList(new String[COLUMNS.size()]));
    for (int i = 0; i < COLUMNS.size(); i++) {
      cells.set(i, row.getOrDefault(COLUMNS.get(i), ""));
    }
    return cells;
  }
}
