package io.eventplan.codegen.typescript;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TraitsDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code tracking.d.ts}: the fixed API of the target (the snippet's runtime, or setAnalytics over
 * analytics-next), then the typed traits and one function per event, the same for both targets.
 */
final class DeclarationWriter {

  private final TrackingPlan plan;
  private final EmitContext context;
  private final SnippetNames names;
  private final EnvelopeFills fills;
  private final TypeScriptTarget target;

  DeclarationWriter(TrackingPlan plan, EmitContext context, SnippetNames names, EnvelopeFills fills,
      TypeScriptTarget target) {
    this.plan = plan;
    this.context = context;
    this.names = names;
    this.fills = fills;
    this.target = target;
  }

  String write() {
    StringBuilder out = new StringBuilder("// ").append(Headers.text(context)).append("\n\n");
    out.append(JsText.docComment(moduleDoc(), "")).append('\n');
    out.append(RuntimeSource.declarations(target)).append('\n');
    traits(out, plan.people(), "PeopleTraits", "identify", "userId", "The traits of a person");
    traits(out, plan.companies(), "CompanyTraits", "group", "companyId", "The traits of a company");
    for (EventDef event : plan.events()) {
      event(out, event);
    }
    return out.toString();
  }

  private List<String> moduleDoc() {
    boolean snippet = target == TypeScriptTarget.SNIPPET;
    List<String> lines = new ArrayList<>();
    lines.add((snippet ? "The typed tracking snippet" : "Typed calls over Segment's analytics-next")
        + " of the plan \"" + plan.info().name() + "\" (version " + plan.info().version()
        + "), generated from " + context.planFileName() + ".");
    if (!snippet) {
      lines.add("Each call goes to the instance given to `setAnalytics`: `analytics.track(event, props)`,");
      lines.add("`analytics.identify(userId, traits)`, `analytics.group(groupId, traits)`.");
    }
    lines.add("");
    lines.add("Each `track<Event>(props)` takes the event's own properties and the common properties the caller");
    String filler = snippet ? "The snippet" : "analytics-next (with the collector)";
    lines.add("supplies. " + (fills.filled().isEmpty()
        ? "This plan has no common property " + filler.toLowerCase(java.util.Locale.ROOT) + " fills in."
        : filler + " fills in these common properties itself, so no props type has them:"));
    for (EnvelopeFills.Fill fill : fills.filled()) {
      lines.add("- `" + fill.name() + "` (" + fill.type().planName() + "): " + fill.description(target));
    }
    lines.add("");
    lines.add("Lengths count Unicode code points; a pattern matches anywhere in the value unless it is anchored.");
    lines.add("@packageDocumentation");
    return lines;
  }

  private void traits(
      StringBuilder out, Optional<TraitsDef> traits, String type, String function, String idName, String what) {
    List<PropertyDef> properties = traits.map(TraitsDef::traits).orElse(List.of());
    List<String> doc = new ArrayList<>();
    doc.add(traits.map(TraitsDef::description).filter(d -> !d.isBlank()).map(String::strip).orElse(what + "."));
    traits.ifPresent(t -> doc.add("Source: " + Headers.source(context, t.location()) + "."));
    out.append(JsText.docComment(doc, ""));
    if (properties.isEmpty()) {
      out.append("export type ").append(type).append(" = Record<string, never>;\n\n");
    } else {
      out.append("export interface ").append(type).append(" {\n")
          .append(TypeExpressions.members(properties, "  ")).append("}\n\n");
    }
    boolean required = properties.stream().anyMatch(PropertyDef::required);
    String identify = target == TypeScriptTarget.SNIPPET
        ? "Remembers the user (for `user_id` and Segment's `userId`) and sends an identify call with the traits."
        : "Sends an identify call with the traits; analytics-next remembers the user (Segment's `userId`).";
    out.append(JsText.docComment(List.of(function.equals("identify")
        ? identify : "Sends a group call: the company the current user belongs to, with its traits."), ""));
    out.append("export declare function ").append(function).append('(').append(idName).append(": string, traits")
        .append(required ? ": " : "?: ").append(type).append("): void;\n\n");
  }

  private void event(StringBuilder out, EventDef event) {
    SnippetNames.EventNames eventNames = names.of(event);
    List<PropertyDef> properties = fills.callerProperties(event);
    String source = "Source: " + Headers.source(context, event.location()) + ".";

    List<String> typeDoc = new ArrayList<>();
    typeDoc.add("The properties a caller passes with `" + event.name() + "`.");
    typeDoc.add(source);
    out.append(JsText.docComment(typeDoc, ""));
    if (properties.isEmpty()) {
      out.append("export type ").append(eventNames.propsType()).append(" = Record<string, never>;\n\n");
    } else {
      out.append("export interface ").append(eventNames.propsType()).append(" {\n")
          .append(TypeExpressions.members(properties, "  ")).append("}\n\n");
    }

    out.append(JsText.docComment(functionDoc(event, source), ""));
    boolean required = properties.stream().anyMatch(PropertyDef::required);
    out.append("export declare function ").append(eventNames.function()).append("(props")
        .append(required ? ": " : "?: ").append(eventNames.propsType()).append("): void;\n\n");
  }

  private List<String> functionDoc(EventDef event, String source) {
    List<String> lines = new ArrayList<>();
    String description = event.description().strip();
    lines.add("Sends `" + event.name() + "`" + (description.isEmpty() ? "." : ": " + description));
    if (!event.whereTracked().isBlank()) {
      lines.add("");
      lines.add("Where: " + event.whereTracked().strip());
    }
    List<String> filled = event.properties().stream().filter(fills::isFilled).map(p -> "`" + p.name() + "`").toList();
    if (!filled.isEmpty()) {
      lines.add("");
      lines.add((target == TypeScriptTarget.SNIPPET ? "Filled in by the snippet: " : "Filled in by analytics-next: ")
          + String.join(", ", filled) + ".");
    }
    lines.add(source);
    if (event.isDeprecated()) {
      lines.add("@deprecated This event is deprecated in the plan.");
    }
    return lines;
  }
}
