package io.eventplan.codegen.typescript;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TraitsDef;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code tracking.js}, one ES2019 module without imports: for the snippet the plan's rule tables and
 * its runtime, over analytics-next the calls handed to the instance; then a function per event.
 */
final class ModuleWriter {

  private final TrackingPlan plan;
  private final EmitContext context;
  private final SnippetNames names;
  private final EnvelopeFills fills;
  private final TypeScriptTarget target;

  ModuleWriter(TrackingPlan plan, EmitContext context, SnippetNames names, EnvelopeFills fills,
      TypeScriptTarget target) {
    this.plan = plan;
    this.context = context;
    this.names = names;
    this.fills = fills;
    this.target = target;
  }

  String write() {
    StringBuilder out = new StringBuilder("// ").append(Headers.text(context)).append('\n');
    if (target == TypeScriptTarget.ANALYTICS_NEXT) {
      out.append("// Typed calls of the plan ").append(JsText.string(plan.info().name()))
          .append(" (version ").append(plan.info().version())
          .append(") over Segment's analytics-next; their types are in tracking.d.ts.\n\n");
      out.append(RuntimeSource.javascript(target)).append('\n');
      events(out);
      return out.toString();
    }
    out.append("// The tracking snippet of the plan ").append(JsText.string(plan.info().name()))
        .append(" (version ").append(plan.info().version()).append("); its types are in tracking.d.ts.\n\n");

    out.append("/** The common properties the snippet fills in itself (see tracking.d.ts). */\n");
    out.append("const FILLS = [").append(JsText.strings(fills.filledNames(), ", ")).append("];\n\n");

    out.append("/** The envelope of each event, checked in dev mode with the rules of the generated JSON Schemas. */\n");
    out.append("const EVENTS = {");
    List<EventDef> events = plan.events();
    for (int i = 0; i < events.size(); i++) {
      EventDef event = events.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append("  // ").append(Headers.source(context, event.location())).append('\n')
          .append("  ").append(JsText.objectKey(event.name())).append(": ")
          .append(RuleTable.envelope(event.properties(), "  "));
    }
    out.append(events.isEmpty() ? "};\n\n" : "\n};\n\n");
    traits(out, "PEOPLE", plan.people());
    traits(out, "COMPANIES", plan.companies());

    out.append(RuntimeSource.javascript(target)).append('\n');
    events(out);
    return out.toString();
  }

  private void events(StringBuilder out) {
    out.append("// ---- One function per event ----\n");
    for (EventDef event : plan.events()) {
      out.append('\n')
          .append("/** ").append(event.name().replace("*/", "*\\/")).append(" (")
          .append(Headers.source(context, event.location())).append(")")
          .append(event.isDeprecated() ? ", deprecated" : "").append(". */\n")
          .append("export function ").append(names.of(event).function()).append("(props) {\n")
          .append("  record(").append(JsText.string(event.name())).append(", props);\n")
          .append("}\n");
    }
  }

  private void traits(StringBuilder out, String constant, Optional<TraitsDef> traits) {
    List<PropertyDef> properties = traits.map(TraitsDef::traits).orElse(List.of());
    out.append("/** The traits of ").append(constant.equals("PEOPLE") ? "identify" : "group").append(" calls");
    traits.ifPresent(t -> out.append(" (").append(Headers.source(context, t.location())).append(')'));
    out.append(". */\n");
    out.append("const ").append(constant).append(" = ").append(RuleTable.envelope(properties, "")).append(";\n\n");
  }
}
