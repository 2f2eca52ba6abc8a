package io.eventplan.codegen.jsonschema;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plans the schema tests run on: the repository's own plan, and one using every type and constraint. */
final class TestPlans {

  static final EmitContext CONTEXT = new EmitContext("io.eventplan.generated", "tracking-plan.yaml");

  /** The tests run from the module directory; the root plan lives at the repository root. */
  static final Path ROOT_PLAN = Path.of("..", "tracking-plan.yaml");

  /**
   * Every type and constraint, names that are keywords in Java, SQL or TypeScript ({@code class},
   * {@code default}, {@code order}, {@code user}, {@code select}), Unicode names, a deprecated event with
   * a major version, nested objects in arrays, and unbounded integers and numbers.
   */
  static final String EVERY_TYPE_YAML = """
      plan:
        name: Every Type Café
        version: 3
        description: Uses every type and constraint, with keyword and Unicode names.
      common_properties:
        event_id: {type: uuid, required: true, description: Unique id of the event.}
        timestamp: {type: timestamp, required: true, description: When it happened.}
        user_id: {type: string, max_length: 255, description: The logged-in user.}
        url: {type: url, description: Page where it happened.}
      events:
        Order Completed:
          description: 'Every type, with "quotes", a backslash \\ and a tab\tin the text.'
          status: implemented
          properties:
            user_id: {required: true}
            class: {type: string, values: [economy, business, first class], required: true, description: Travel class.}
            default: {type: boolean, required: true, description: Whether this is the default order.}
            order: {type: integer, min: 1, max: 500, required: true, examples: [3]}
            user: {type: email, pattern: '@example\\.com$', min_length: 6, max_length: 64, pii: true}
            select: {type: number, min: -0.5, max: 99.75, examples: [42.5]}
            code: {type: string, pattern: '^[A-Z]{2}[0-9]{3}$', min_length: 5, max_length: 5, examples: [AB123]}
            größe: {type: string, min_length: 2, max_length: 3, description: Counted in code points.}
            名前: {type: string, description: 名前 means name.}
            level: {type: integer, values: [1, 2, 3]}
            ratio: {type: number, values: [0.5, 1.0, 2.5], min: 0.1}
            count: {type: integer, examples: [9007199254740991]}
            amount: {type: number, examples: [0.1, 1.0E-7, 1.5E300]}
            birthday: {type: date, examples: ['2024-06-03']}
            session_id: {type: uuid}
            homepage: {type: url, pattern: '^https://', min_length: 10, max_length: 100}
            tags:
              type: array
              min_items: 1
              max_items: 3
              items: {type: string, values: [red, green], description: A colour.}
              examples: [[red, green]]
            lines:
              type: array
              max_items: 10
              items:
                type: object
                properties:
                  sku: {type: string, required: true}
                  quantity: {type: integer, min: 1, required: true}
                  unit_price: {type: number, min: 0}
            address:
              type: object
              description: Where to ship.
              examples: [{city: Paris, geo: {lat: 48.85}}]
              properties:
                city: {type: string, required: true}
                geo:
                  type: object
                  properties:
                    lat: {type: number, min: -90, max: 90, required: true}
            legacy_code: {type: string, deprecated: true, description: Replaced by code.}
            placed_at: {type: timestamp}
        Café Visited:
          description: An event with a Unicode name, deprecated, in its second major version.
          status: deprecated
          version: 2
          properties:
            menü: {type: string, values: [café, thé], required: true}
      people:
        description: People who order.
        traits:
          email: {type: email, required: true}
          order: {type: integer, min: 0}
      companies:
        traits:
          name: {type: string, required: true}
          class: {type: string, values: [a, b]}
      """;

  private TestPlans() {}

  static TrackingPlan rootPlan() {
    return PlanLoader.load(ROOT_PLAN, "tracking-plan.yaml", CheckOptions.DEFAULT).orThrow();
  }

  static TrackingPlan everyTypePlan() {
    return PlanLoader.load("tracking-plan.yaml", EVERY_TYPE_YAML.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT)
        .orThrow();
  }

  /** The emitted schemas by resource path, in emission order. */
  static Map<String, String> schemas(TrackingPlan plan) {
    Map<String, String> byPath = new LinkedHashMap<>();
    List<GeneratedFile> files = new JsonSchemaEmitter().emit(plan, CONTEXT);
    files.forEach(file -> byPath.put(file.path(), file.content()));
    return byPath;
  }
}
