package io.eventplan.codegen.catalog;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import io.eventplan.codegen.reporting.ReportView;
import io.eventplan.codegen.warehouse.ColumnSpec;
import io.eventplan.plan.model.TrackingPlan;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the catalog as Markdown for git hosts: a README.md index and one page per event under events/. */
final class MarkdownCatalog {
  private final TrackingPlan plan;
  private final EmitContext context;

  MarkdownCatalog(TrackingPlan plan, EmitContext context) {
    this.plan = plan;
    this.context = context;
  }

  String index(List<EventEntry> entries) {
    StringBuilder out = header();
    out.append("# ").append(Markdown.text(plan.info().name())).append(": tracking plan catalog\n\n")
        .append("Plan version ").append(plan.info().version()).append(", ").append(entries.size())
        .append(entries.size() == 1 ? " event" : " events").append(", generated from ")
        .append(Markdown.code(context.planFileName())).append(".");
    if (!plan.info().description().isBlank()) {
      out.append(' ').append(Markdown.text(plan.info().description()));
    }
    out.append("\n\nThe same catalog as one searchable web page is built into ")
        .append(Markdown.code("target/generated-resources/eventplan/catalog/index.html")).append(".\n\n")
        .append("| Event | Status | Description | Properties |\n|---|---|---|---|\n");
    for (EventEntry entry : entries) {
      out.append("| ").append(Markdown.cell(link(entry))).append(" | ").append(entry.event().status().planName())
          .append(" | ").append(Markdown.cell(Markdown.text(entry.event().description()))).append(" | ")
          .append(Markdown.cell(entry.properties().stream().map(p -> Markdown.code(p.name()))
              .collect(Collectors.joining(", "))))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String link(EventEntry entry) {
    return "[" + Markdown.text(entry.event().name()) + "](<events/" + entry.page() + ".md>)";
  }

  String event(EventEntry entry) {
    StringBuilder out = header();
    out.append("# ").append(Markdown.text(entry.event().name())).append("\n\n")
        .append("[All events](<../README.md>) · source ").append(Markdown.code(entry.source())).append("\n\n");
    if (!entry.event().description().isBlank()) {
      out.append(Markdown.text(entry.event().description())).append("\n\n");
    }
    out.append("| Segment column | Value |\n|---|---|\n");
    row(out, "Status", Markdown.text(entry.event().status().planName()));
    row(out, "Conversion", Markdown.text(entry.event().conversion().asText()));
    row(out, "Location", Markdown.text(entry.event().whereTracked()));
    row(out, "Event version", Integer.toString(entry.event().version()));
    out.append("\n## Properties\n\n");
    if (entry.properties().isEmpty()) {
      out.append("No properties.\n");
    } else {
      out.append("| Property | Type | Required | Allowed values | Constraints | Description |\n")
          .append("|---|---|---|---|---|---|\n");
      for (PropertyRow p : entry.properties()) {
        out.append("| ").append(Markdown.cell(Markdown.code(p.name()) + (p.common() ? " (common)" : "")))
            .append(" | ").append(Markdown.cell(Markdown.text(p.type()))).append(" | ").append(p.required() ? "yes" : "no")
            .append(" | ").append(Markdown.cell(p.values().stream().map(Markdown::code).collect(Collectors.joining(", "))))
            .append(" | ").append(p.constraints().isEmpty() ? "" : Markdown.cell(Markdown.code(p.constraints())))
            .append(" | ").append(Markdown.cell(Markdown.text(p.description()))).append(" |\n");
      }
    }
    out.append("\n## Send it\n\nTypeScript, with the generated snippet (").append(Markdown.code(entry.typescript().function()))
        .append(", props type ").append(Markdown.code(entry.typescript().propsType())).append("):\n\n")
        .append(Markdown.block("ts", entry.typescript().sample()))
        .append("\nJava, with the generated record ").append(Markdown.code(entry.java().record()))
        .append(" and validator ").append(Markdown.code(entry.java().validator())).append(":\n\n")
        .append(Markdown.block("java", entry.java().sample()));
    out.append("\n## JSON Schema\n\n").append(Markdown.code(entry.schemaPath())).append(" (in the generated resources):\n\n")
        .append(Markdown.block("json", entry.schema()));
    out.append("\n## Warehouse\n\nTable ").append(Markdown.code(entry.table())).append(":\n\n");
    if (!entry.columns().isEmpty()) {
      out.append("| Column | Type | Not null |\n|---|---|---|\n");
      for (ColumnSpec column : entry.columns()) {
        out.append("| ").append(Markdown.cell(Markdown.code(column.name()))).append(" | ").append(Markdown.cell(column.type()))
            .append(" | ").append(column.notNull() ? "yes" : "no").append(" |\n");
      }
    }
    out.append("\n## Report views\n\n");
    list(out, entry.views().stream().map(MarkdownCatalog::view).toList(), "No report view reads this event.");
    out.append("\n## History\n\n");
    list(out, entry.history().stream().map(Markdown::text).toList(), "No lock file history yet.");
    return out.toString();
  }

  private static String view(ReportView view) {
    return Markdown.code(view.name()) + " " + Markdown.text(view.title())
        + (view.description().isBlank() ? "" : ": " + Markdown.text(view.description()));
  }

  private StringBuilder header() {
    return new StringBuilder("<!-- ").append(Headers.text(context).replace("--", "- -")).append(" -->\n\n");
  }

  private static void row(StringBuilder out, String column, String value) {
    if (!value.isBlank()) {
      out.append("| ").append(column).append(" | ").append(Markdown.cell(value)).append(" |\n");
    }
  }

  private static void list(StringBuilder out, List<String> items, String empty) {
    if (items.isEmpty()) {
      out.append(empty).append('\n');
    } else {
      items.forEach(item -> out.append("- ").append(item).append('\n'));
    }
  }
}
