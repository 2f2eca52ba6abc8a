package io.eventplan.codegen.jsonschema;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Emitter;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.Headers;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.plan.Location;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TraitsDef;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Emits the JSON Schemas (draft 2020-12) of the event envelope described in
 * {@code docs/event-envelope.md}: one per event over its effective properties, one for people traits
 * and one for company traits. Each is a flat object with {@code additionalProperties: false}, as the
 * collector receives it; the event name selects the schema and is not a member.
 */
public final class JsonSchemaEmitter implements Emitter {

  public static final String ID = "json-schema";
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** Where the schema of {@code event} goes under the resources, e.g. {@code eventplan/schemas/events/logged_in.json}. */
  public static String eventSchemaPath(EventDef event) {
    return SchemaNames.resourcePath(SchemaNames.eventFile(event));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
    List<GeneratedFile> files = new ArrayList<>();
    for (EventDef event : plan.events()) {
      ObjectNode schema = root(plan, SchemaNames.eventFile(event), event.name(), event.description(),
          event.location(), context);
      if (event.isDeprecated()) {
        schema.put("deprecated", true);
      }
      files.add(file(schema, SchemaNames.eventFile(event), event.properties()));
    }
    plan.people().ifPresent(people -> files.add(traits(plan, people, "people.json", "People", context)));
    plan.companies().ifPresent(companies -> files.add(traits(plan, companies, "companies.json", "Companies", context)));
    return List.copyOf(files);
  }

  private static GeneratedFile traits(
      TrackingPlan plan, TraitsDef traits, String fileName, String title, EmitContext context) {
    ObjectNode schema = root(plan, fileName, title, traits.description(), traits.location(), context);
    return file(schema, fileName, traits.traits());
  }

  /** The header members every schema starts with, in this order. */
  private static ObjectNode root(
      TrackingPlan plan, String fileName, String title, String description, Location location, EmitContext context) {
    ObjectNode schema = JsonValues.NODES.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("$id", SchemaNames.id(plan.info(), fileName));
    schema.put("$comment", Headers.text(context) + " Source: " + Headers.source(context, location) + ".");
    schema.put("title", title);
    if (!description.isBlank()) {
      schema.put("description", description);
    }
    return schema;
  }

  private static GeneratedFile file(ObjectNode schema, String fileName, List<PropertyDef> properties) {
    PropertySchemas.addObjectKeywords(schema, properties);
    FormatDefinitions.add(schema, properties);
    return new GeneratedFile(OutputRoot.RESOURCES, SchemaNames.resourcePath(fileName), SchemaPrinter.print(schema));
  }
}
