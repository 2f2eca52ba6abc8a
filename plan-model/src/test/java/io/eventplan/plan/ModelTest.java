package io.eventplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.EventStatus;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.Reference;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TypeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checked model holds what the plan says, with locations, in file order. */
class ModelTest {

  @Test
  void rootPlanLoadsWithoutDiagnostics() {
    LoadResult result = PlanLoader.load(Path.of("..", "tracking-plan.yaml"), "tracking-plan.yaml", CheckOptions.STRICT);
    assertThat(result.diagnostics()).isEmpty();
    TrackingPlan plan = result.orThrow();
    EventDef loggedIn = plan.event("Logged In").orElseThrow();
    assertThat(loggedIn.properties()).extracting(PropertyDef::name)
        .containsExactly("event_id", "timestamp", "user_id", "url", "type");
    assertThat(loggedIn.property("user_id").orElseThrow().required()).isTrue();
    assertThat(loggedIn.property("url").orElseThrow().required()).isTrue();
    assertThat(((StringType) loggedIn.property("type").orElseThrow().type()).values())
        .containsExactly("password", "sso", "magic_link");
    assertThat(plan.events()).extracting(EventDef::name)
        .contains("Signed Up", "Logged Out", "Feature Used", "Login Failed");
    assertThat(plan.event("Feature Used").orElseThrow().property("feature")).isPresent();
    assertThat(plan.people()).isPresent();
    assertThat(plan.companies()).isPresent();
  }

  @Test
  void refinementChangesOnlyRequiredAndDescriptionAndKeepsCommonOrder() {
    String yaml = Plans.HEADER
        + "common_properties:\n"
        + "  a: {type: string, max_length: 5, description: common a}\n"
        + "  b: {type: integer}\n"
        + "events:\n"
        + "  Thing Happened:\n"
        + "    properties:\n"
        + "      own: {type: boolean}\n"
        + "      b: {required: true, description: refined b}\n"
        + "  Other Thing Happened: {}\n";
    TrackingPlan plan = Plans.load(yaml).orThrow();
    EventDef thing = plan.event("Thing Happened").orElseThrow();
    assertThat(thing.properties()).extracting(PropertyDef::name).containsExactly("a", "b", "own");
    PropertyDef b = thing.property("b").orElseThrow();
    assertThat(b.required()).isTrue();
    assertThat(b.description()).isEqualTo("refined b");
    assertThat(b.common()).isTrue();
    assertThat(b.type().kind()).isEqualTo(TypeKind.INTEGER);
    assertThat(b.location()).isEqualTo(new Location("plan.yaml", 11, 7));
    PropertyDef otherB = plan.event("Other Thing Happened").orElseThrow().property("b").orElseThrow();
    assertThat(otherB.required()).isFalse();
    assertThat(otherB.location()).isEqualTo(new Location("plan.yaml", 6, 3));
  }

  @Test
  void everyTypeAndConstraintIsRead() {
    String yaml =
        """
        plan: {name: All Types, version: 7, description: every type}
        events:
          Order Placed:
            status: deprecated
            conversion: true
            version: 2
            location: checkout
            code: analytics.track('Order Placed')
            properties:
              class: {type: string, values: [a, b], pattern: "^[a-z]+$", min_length: 1, max_length: 9, examples: [a]}
              default: {type: integer, min: -5, max: 5, values: [1, 2], required: true}
              select: {type: number, min: 0.5, max: 9.5, deprecated: true}
              user: {type: boolean, pii: true}
              at: {type: timestamp, examples: ["2026-11-25T10:00:00+01:00"]}
              day: {type: date}
              id: {type: uuid, references: people}
              page: {type: url, max_length: 2000}
              mail: {type: email, pattern: "@example\\\\.com$"}
              tags: {type: array, items: {type: string, max_length: 3}, min_items: 1, max_items: 4}
              address:
                type: object
                properties:
                  street: {type: string, required: true}
                  geo: {type: object, properties: {lat: {type: number}, lng: {type: number}}}
                examples: [{street: Main St, geo: {lat: 1.5, lng: 2}}]
        people:
          traits:
            email: {type: email, required: true}
        """;
    LoadResult result = Plans.load(yaml);
    assertThat(result.diagnostics()).isEmpty();
    TrackingPlan plan = result.orThrow();
    assertThat(plan.info().version()).isEqualTo(7);
    EventDef order = plan.event("Order Placed").orElseThrow();
    assertThat(order.status()).isEqualTo(EventStatus.DEPRECATED);
    assertThat(order.version()).isEqualTo(2);
    assertThat(order.conversion().isConversion()).isTrue();
    assertThat(order.whereTracked()).isEqualTo("checkout");
    assertThat(order.code()).isEqualTo("analytics.track('Order Placed')");
    assertThat(order.properties()).extracting(p -> p.type().kind()).containsExactly(
        TypeKind.STRING, TypeKind.INTEGER, TypeKind.NUMBER, TypeKind.BOOLEAN, TypeKind.TIMESTAMP,
        TypeKind.DATE, TypeKind.UUID, TypeKind.URL, TypeKind.EMAIL, TypeKind.ARRAY, TypeKind.OBJECT);
    assertThat(order.property("class").orElseThrow().type())
        .isEqualTo(new StringType(List.of("a", "b"), Optional.of("^[a-z]+$"), Optional.of(1), Optional.of(9)));
    assertThat(order.property("default").orElseThrow().type())
        .isEqualTo(new IntegerType(List.of(1L, 2L), Optional.of(-5L), Optional.of(5L)));
    assertThat(order.property("select").orElseThrow().type())
        .isEqualTo(new NumberType(List.of(), Optional.of(0.5), Optional.of(9.5)));
    assertThat(order.property("select").orElseThrow().deprecated()).isTrue();
    assertThat(order.property("user").orElseThrow().pii()).isTrue();
    assertThat(order.property("id").orElseThrow().references()).contains(Reference.PEOPLE);
    ArrayType tags = (ArrayType) order.property("tags").orElseThrow().type();
    assertThat(tags.minItems()).contains(1);
    assertThat(tags.items()).isEqualTo(new StringType(List.of(), Optional.empty(), Optional.empty(), Optional.of(3)));
    PropertyDef address = order.property("address").orElseThrow();
    ObjectType object = (ObjectType) address.type();
    assertThat(object.property("street").orElseThrow().required()).isTrue();
    assertThat(((ObjectType) object.property("geo").orElseThrow().type()).properties()).hasSize(2);
    assertThat(address.examples()).containsExactly(Map.of("street", "Main St", "geo", Map.of("lat", 1.5, "lng", 2.0)));
  }
}
