package io.eventplan.codegen.powerbi;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import io.eventplan.codegen.reporting.ReportColumn;
import io.eventplan.codegen.reporting.ReportColumnType;
import io.eventplan.codegen.reporting.ReportView;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of the semantic model in TMDL: a report view imported whole (Import mode) through
 * {@code PostgreSQL.Database(Server, Database)}, its columns with Power BI types and descriptions.
 * Timestamps are converted to UTC date/times in the query, so the model does not depend on the time
 * zone of the machine that refreshes it.
 */
final class TableTmdl {
  private TableTmdl() {}

  static String of(ReportView view, String schema, EmitContext context) {
    StringBuilder out = new StringBuilder();
    List<String> description = new ArrayList<>();
    description.add(view.description());
    description.add("Imports the view " + schema + "." + view.name() + ". " + Headers.text(context));
    out.append(Tmdl.description(0, description));
    out.append("table ").append(Tmdl.name(view.name())).append('\n');
    out.append("\tlineageTag: ").append(StableIds.lineageTag("table", view.name())).append('\n');
    for (ReportColumn column : view.columns()) {
      out.append('\n').append(column(view, column));
    }
    out.append('\n').append(partition(view, schema));
    out.append('\n').append("\tannotation PBI_ResultType = Table\n");
    return out.toString();
  }

  private static String column(ReportView view, ReportColumn column) {
    PowerBiTypes type = PowerBiTypes.of(column.type());
    StringBuilder out = new StringBuilder();
    if (column.description() != null) {
      out.append(Tmdl.description(1, List.of(column.description())));
    }
    out.append("\tcolumn ").append(Tmdl.name(column.name())).append('\n');
    out.append("\t\tdataType: ").append(type.dataType()).append('\n');
    if (type.formatString() != null) {
      out.append("\t\tformatString: ").append(Tmdl.text(type.formatString())).append('\n');
    }
    out.append("\t\tlineageTag: ").append(StableIds.lineageTag("column", view.name() + "\u0000" + column.name()))
        .append('\n');
    // values are shown as they are, never summed or counted by default
    out.append("\t\tsummarizeBy: none\n");
    out.append("\t\tsourceColumn: ").append(Tmdl.text(column.name())).append('\n');
    out.append('\n').append("\t\tannotation SummarizationSetBy = Automatic\n");
    if (type.isDateOnly()) {
      out.append('\n').append("\t\tannotation UnderlyingDateTimeDataType = Date\n");
    }
    return out.toString();
  }

  private static String partition(ReportView view, String schema) {
    List<String> query = new ArrayList<>();
    query.add("let");
    query.add("    Source = PostgreSQL.Database(Server, Database),");
    List<String> timestamps = view.columns().stream()
        .filter(c -> c.type() == ReportColumnType.TIMESTAMPTZ)
        .map(c -> "{" + MText.literal(c.name())
            + ", each DateTimeZone.RemoveZone(DateTimeZone.ToUtc(DateTimeZone.From(_))), type datetime}")
        .toList();
    String navigation = "    View = Source{[Schema=" + MText.literal(schema) + ", Item=" + MText.literal(view.name())
        + "]}[Data]";
    if (timestamps.isEmpty()) {
      query.add(navigation);
      query.add("in");
      query.add("    View");
    } else {
      query.add(navigation + ",");
      query.add("    Utc = Table.TransformColumns(View, {" + String.join(", ", timestamps) + "})");
      query.add("in");
      query.add("    Utc");
    }
    StringBuilder out = new StringBuilder();
    out.append("\tpartition ").append(Tmdl.name(view.name())).append(" = m\n");
    out.append("\t\tmode: import\n");
    out.append("\t\tsource =\n");
    for (String line : query) {
      out.append("\t\t\t\t").append(line).append('\n');
    }
    return out.toString();
  }
}
