package io.eventplan.codegen.spreadsheet;

import java.util.List;
import java.util.Map;

/** Writes imported events as a {@code tracking-plan.yaml}, with {@code # import:} comments where the sheet said more. */
final class PlanYamlWriter {
  private final StringBuilder out = new StringBuilder();

  static String write(String csvName, String planName, List<String> planComments, List<ImportedEvent> events) {
    return new PlanYamlWriter().plan(csvName, planName, planComments, events);
  }

  private String plan(String csvName, String planName, List<String> planComments, List<ImportedEvent> events) {
    out.append("# Imported from ").append(YamlText.comment(csvName))
        .append(" by eventplan import-csv; lines starting with '# import:' are what it could not map.\n");
    out.append("# The format is documented in docs/tracking-plan-format.md. Bump plan.version on every change.\n");
    comments(planComments, "");
    out.append("\nplan:\n");
    out.append("  name: ").append(YamlText.scalar(planName)).append('\n');
    out.append("  version: 1\n");
    out.append("  description: ").append(YamlText.scalar("Imported from " + csvName + ".")).append('\n');
    out.append("\nevents:");
    if (events.isEmpty()) {
      out.append(" {}\n");
      return out.toString();
    }
    out.append('\n');
    for (ImportedEvent event : events) {
      out.append("  ").append(YamlText.scalar(event.name)).append(":\n");
      comments(event.comments, "    ");
      for (Map.Entry<String, Object> field : event.fields.entrySet()) {
        out.append("    ").append(field.getKey()).append(": ").append(YamlText.flow(field.getValue())).append('\n');
      }
      if (!event.properties.isEmpty()) {
        out.append("    properties:\n");
        for (ImportedProperty property : event.properties) {
          out.append("      ").append(YamlText.scalar(property.name)).append(":\n");
          comments(property.comments, "        ");
          for (Map.Entry<String, Object> key : property.spec.entrySet()) {
            out.append("        ").append(key.getKey()).append(": ").append(YamlText.flow(key.getValue())).append('\n');
          }
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private void comments(List<String> comments, String indent) {
    for (String comment : comments) {
      out.append(indent).append("# ").append(YamlText.comment(comment)).append('\n');
    }
  }
}
