package io.eventplan.codegen.powerbi;

import io.eventplan.codegen.reporting.ReportColumn;
import io.eventplan.codegen.reporting.ReportView;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A PBIR table visual ({@code tableEx}) over one semantic-model table: every column of the view in
 * view order, sorted like the view's natural order.
 */
final class TableVisual {
  static final String SCHEMA =
      "https://developer.microsoft.com/json-schemas/fabric/item/report/definition/visualContainer/2.2.0/schema.json";

  private TableVisual() {}

  /** The visual.json of a table visual named {@code name} filling a page of the given size. */
  static ObjectNode of(String name, ReportView view, int pageWidth, int pageHeight) {
    return of(name, view, new Box(20, 20, pageWidth - 40, pageHeight - 40), 0);
  }

  /** Where a visual sits on its page, in pixels. */
  record Box(int x, int y, int width, int height) {}

  /** The visual.json of a table visual named {@code name} in {@code box}, {@code order}-th in tab order. */
  static ObjectNode of(String name, ReportView view, Box box, int order) {
    ObjectNode container = PowerBiJson.withSchema(SCHEMA);
    container.put("name", name);
    ObjectNode position = container.putObject("position");
    position.put("x", box.x());
    position.put("y", box.y());
    position.put("z", order);
    position.put("height", box.height());
    position.put("width", box.width());
    position.put("tabOrder", order);
    ObjectNode visual = container.putObject("visual");
    visual.put("visualType", "tableEx");
    ObjectNode query = visual.putObject("query");
    ArrayNode projections = query.putObject("queryState").putObject("Values").putArray("projections");
    for (ReportColumn column : view.columns()) {
      ObjectNode projection = projections.addObject();
      projection.set("field", column(view.name(), column.name()));
      projection.put("queryRef", view.name() + "." + column.name());
      projection.put("nativeQueryRef", column.name());
    }
    Optional<ViewSort> sort = ViewSort.of(view);
    if (sort.isPresent()) {
      ObjectNode definition = query.putObject("sortDefinition");
      ObjectNode item = definition.putArray("sort").addObject();
      item.set("field", column(view.name(), sort.get().column()));
      item.put("direction", sort.get().descending() ? "Descending" : "Ascending");
      definition.put("isDefaultSort", false);
    }
    visual.put("drillFilterOtherVisuals", true);
    return container;
  }

  /** A semantic query reference to a column: {@code {"Column": {"Expression": {"SourceRef": ...}}}}. */
  private static ObjectNode column(String table, String column) {
    ObjectNode field = PowerBiJson.object();
    ObjectNode expression = field.putObject("Column");
    expression.putObject("Expression").putObject("SourceRef").put("Entity", table);
    expression.put("Property", column);
    return field;
  }
}
