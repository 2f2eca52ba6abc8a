package io.eventplan.codegen.powerbi;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import io.eventplan.codegen.WarehouseAddress;
import io.eventplan.codegen.reporting.ReportView;
import io.eventplan.codegen.reporting.ReportViews;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The semantic model folder of the Power BI project: {@code definition.pbism} and the model in TMDL
 * ({@code definition/database.tmdl}, {@code model.tmdl}, {@code expressions.tmdl} with the
 * {@code Server} and {@code Database} parameters, and one {@code tables/<view>.tmdl} per report view).
 */
final class SemanticModelFiles {
  static final String PBISM_SCHEMA =
      "https://developer.microsoft.com/json-schemas/fabric/item/semanticModel/definitionProperties/1.0.0/schema.json";
  /** Version 4.0 and later of definition.pbism mean a TMDL {@code definition/} folder. */
  static final String PBISM_VERSION = "4.0";
  static final int COMPATIBILITY_LEVEL = 1567;

  private SemanticModelFiles() {}

  /** Every file of the folder, by path relative to it, in a fixed order. */
  static Map<String, String> of(ReportViews views, EmitContext context) {
    Map<String, String> files = new LinkedHashMap<>();
    ObjectNode pbism = PowerBiJson.withSchema(PBISM_SCHEMA);
    pbism.put("version", PBISM_VERSION);
    pbism.putObject("settings");
    files.put("definition.pbism", PowerBiJson.print(pbism));
    files.put("definition/database.tmdl", database(context));
    files.put("definition/model.tmdl", model(views, context));
    files.put("definition/expressions.tmdl", expressions(context));
    for (ReportView view : views.views()) {
      files.put("definition/tables/" + FileNames.of(view.name()) + ".tmdl",
          TableTmdl.of(view, views.schema(), context));
    }
    return files;
  }

  private static String database(EmitContext context) {
    return Tmdl.description(0, List.of(Headers.text(context)))
        + "database\n"
        + "\tcompatibilityLevel: " + COMPATIBILITY_LEVEL + "\n";
  }

  private static String model(ReportViews views, EmitContext context) {
    StringBuilder out = new StringBuilder();
    out.append(Tmdl.description(0, List.of(
        "The report views of " + context.planFileName() + " in the PostgreSQL warehouse (schema "
            + views.schema() + "). " + Headers.text(context))));
    out.append("model Model\n");
    out.append("\tculture: en-US\n");
    out.append("\tdefaultPowerBIDataSourceVersion: powerBI_V3\n");
    out.append("\tsourceQueryCulture: en-US\n");
    out.append("\tdataAccessOptions\n");
    out.append("\t\tlegacyRedirects\n");
    out.append("\t\treturnErrorValuesAsNull\n");
    out.append('\n');
    for (ReportView view : views.views()) {
      out.append("ref table ").append(Tmdl.name(view.name())).append('\n');
    }
    return out.toString();
  }

  private static String expressions(EmitContext context) {
    WarehouseAddress warehouse = context.warehouse();
    return parameter("Server", warehouse.server(),
            "Host and port of the PostgreSQL warehouse (plugin parameter warehouseServer). " + Headers.text(context))
        + '\n'
        + parameter("Database", warehouse.database(),
            "Database of the PostgreSQL warehouse (plugin parameter warehouseDatabase). " + Headers.text(context));
  }

  private static String parameter(String name, String value, String description) {
    return Tmdl.description(0, List.of(description))
        + "expression " + name + " = " + MText.literal(value)
        + " meta [IsParameterQuery=true, Type=\"Text\", IsParameterQueryRequired=true]\n"
        + "\tlineageTag: " + StableIds.lineageTag("expression", name) + "\n"
        + "\n"
        + "\tannotation PBI_ResultType = Text\n";
  }
}
