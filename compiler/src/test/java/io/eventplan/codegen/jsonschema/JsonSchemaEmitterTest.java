package io.eventplan.codegen.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the emitter produces: which files, where, with which header members, the same every time. */
class JsonSchemaEmitterTest {

  @Test
  void emitsOneSchemaPerEventThenPeopleAndCompaniesAsResources() {
    List<GeneratedFile> files = new JsonSchemaEmitter().emit(TestPlans.rootPlan(), TestPlans.CONTEXT);

    assertThat(files).extracting(GeneratedFile::path).containsExactly(
        "eventplan/schemas/events/logged_in.json",
        "eventplan/schemas/events/signed_up.json",
        "eventplan/schemas/events/logged_out.json",
        "eventplan/schemas/events/feature_used.json",
        "eventplan/schemas/events/login_failed.json",
        "eventplan/schemas/people.json",
        "eventplan/schemas/companies.json");
    assertThat(files).extracting(GeneratedFile::root).containsOnly(OutputRoot.RESOURCES);
    assertThat(new JsonSchemaEmitter().id()).isEqualTo("json-schema");
  }

  @Test
  void laterMajorVersionsGetTheirOwnFileAndUnicodeStaysInThePath() {
    Map<String, String> schemas = TestPlans.schemas(TestPlans.everyTypePlan());

    assertThat(schemas.keySet()).contains("eventplan/schemas/events/café_visited_v2.json");
    JsonNode cafe = Networknt.JSON.readTree(schemas.get("eventplan/schemas/events/café_visited_v2.json"));
    assertThat(cafe.get("$id").asString())
        .isEqualTo("https://eventplan.io/schemas/every_type_caf%C3%A9/events/caf%C3%A9_visited_v2.json");
    assertThat(cafe.get("title").asString()).isEqualTo("Café Visited");
    assertThat(cafe.get("deprecated").asBoolean()).isTrue();
  }

  @Test
  void headerMembersComeFirstAndNameTheSource() {
    JsonNode loggedIn = Networknt.JSON.readTree(rootSchema("events/logged_in.json"));

    assertThat(loggedIn.propertyNames()).startsWith("$schema", "$id", "$comment", "title", "description", "type");
    assertThat(loggedIn.get("$id").asString())
        .isEqualTo("https://eventplan.io/schemas/event_data_project/events/logged_in.json");
    assertThat(loggedIn.get("$comment").asString())
        .isEqualTo("Generated from tracking-plan.yaml by eventplan - do not edit. Source: tracking-plan.yaml:33:3.");
    assertThat(loggedIn.get("title").asString()).isEqualTo("Logged In");
    assertThat(loggedIn.has("deprecated")).isFalse();
  }

  @Test
  void effectivePropertiesKeepThePlanOrderCommonOnesFirst() {
    JsonNode loggedIn = Networknt.JSON.readTree(rootSchema("events/logged_in.json"));

    assertThat(loggedIn.get("properties").propertyNames())
        .containsExactly("event_id", "timestamp", "user_id", "url", "type");
    assertThat(loggedIn.get("required").valueStream().map(JsonNode::asString))
        .containsExactly("event_id", "timestamp", "user_id", "url", "type");
  }

  @Test
  void theIdDoesNotDependOnThePlanVersion() {
    String yaml = TestPlans.EVERY_TYPE_YAML;
    TrackingPlan bumped = load(yaml.replace("version: 3", "version: 4"));

    Map<String, String> before = TestPlans.schemas(TestPlans.everyTypePlan());
    Map<String, String> after = TestPlans.schemas(bumped);

    assertThat(after).isEqualTo(before);
  }

  @Test
  void emittingTwiceGivesIdenticalText() {
    assertThat(TestPlans.schemas(TestPlans.rootPlan())).isEqualTo(TestPlans.schemas(TestPlans.rootPlan()));
    assertThat(TestPlans.schemas(TestPlans.everyTypePlan())).isEqualTo(TestPlans.schemas(TestPlans.everyTypePlan()));
  }

  @Test
  void textIsPrettyPrintedWithUnixLineEndsAndATrailingNewline() {
    for (String text : TestPlans.schemas(TestPlans.everyTypePlan()).values()) {
      assertThat(text).doesNotContain("\r").doesNotContain(" : ").endsWith("}\n").doesNotEndWith("\n\n");
      assertThat(text).startsWith("{\n  \"$schema\": ");
    }
    String orderCompleted = TestPlans.schemas(TestPlans.everyTypePlan()).get("eventplan/schemas/events/order_completed.json");
    assertThat(orderCompleted)
        .contains("\n    \"größe\": {\n")
        .contains("\"description\": \"名前 means name.\"")
        .contains("\"description\": \"Every type, with \\\"quotes\\\", a backslash \\\\ and a tab\\tin the text.\"");
  }

  @Test
  void boundsAndValuesArePrintedExactly() {
    String orderCompleted = TestPlans.schemas(TestPlans.everyTypePlan()).get("eventplan/schemas/events/order_completed.json");

    assertThat(orderCompleted)
        .contains("\"minimum\": -9007199254740991,\n")
        .contains("\"maximum\": 9007199254740991,\n")
        .contains("\"minimum\": -1.7976931348623157E+308,\n")
        .contains("\"maximum\": 1.7976931348623157E+308\n")
        .contains("\"minimum\": -0.5,\n")
        .contains("\"maximum\": 99.75,\n")
        .contains("\"minimum\": 0.1,\n")
        .contains("        9007199254740991\n") // the largest safe integer
        .contains("        0.1,\n        1E-7,\n        1.5E+300\n");
  }

  @Test
  void everyObjectLevelForbidsOtherMembers() {
    JsonNode orderCompleted = Networknt.JSON.readTree(
        TestPlans.schemas(TestPlans.everyTypePlan()).get("eventplan/schemas/events/order_completed.json"));

    assertThat(orderCompleted.at("/additionalProperties").asBoolean(true)).isFalse();
    assertThat(orderCompleted.at("/properties/address/additionalProperties").asBoolean(true)).isFalse();
    assertThat(orderCompleted.at("/properties/address/properties/geo/additionalProperties").asBoolean(true)).isFalse();
    assertThat(orderCompleted.at("/properties/lines/items/additionalProperties").asBoolean(true)).isFalse();
    assertThat(orderCompleted.at("/properties/legacy_code/deprecated").asBoolean()).isTrue();
  }

  @Test
  void anEventWithoutPropertiesAcceptsOnlyTheEmptyObject() {
    TrackingPlan plan = load("""
        plan: {name: Bare, version: 1}
        events:
          Page Viewed: {}
        """);
    String text = TestPlans.schemas(plan).get("eventplan/schemas/events/page_viewed.json");

    assertThat(text).contains("\"properties\": {},\n").doesNotContain("\"required\"").doesNotContain("description");
    assertThat(Networknt.metaSchemaErrors(text)).isEmpty();
    assertThat(Networknt.compile(text).validate("{}", InputFormat.JSON)).isEmpty();
    assertThat(Networknt.compile(text).validate("{\"x\": 1}", InputFormat.JSON)).isNotEmpty();
  }

  private static String rootSchema(String file) {
    return TestPlans.schemas(TestPlans.rootPlan()).get(SchemaNames.resourcePath(file));
  }

  private static TrackingPlan load(String yaml) {
    return PlanLoader.load("tracking-plan.yaml", yaml.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT).orThrow();
  }
}
