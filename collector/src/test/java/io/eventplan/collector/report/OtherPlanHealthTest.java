package io.eventplan.collector.report;

import static io.eventplan.collector.support.HealthClient.lines;
import static io.eventplan.collector.support.HealthClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.CompiledPlans;
import io.eventplan.collector.support.HealthClient;
import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.TestDatabase;
import io.eventplan.runtime.EventPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Plan health for a plan unlike the test plan, compiled here as its own project would compile it: a shop with no
 * login event, no traits, nested objects, arrays, patterns and number ranges, two deprecated events (one still sent,
 * one not) and an event name with characters SQL must quote.
 */
class OtherPlanHealthTest {
  static final String PLAN = """
      plan:
        name: Shop "Checkout" Plan
        version: 3
        description: The checkout of a shop.
      events:
        Item Added:
          description: An item went into the cart.
          status: implemented
          properties:
            sku: {type: string, pattern: "^SKU-[0-9]+$", required: true, description: Stock keeping unit.}
            quantity: {type: integer, min: 1, max: 99, required: true, description: How many.}
            price: {type: number, min: 0, description: Unit price.}
            options:
              type: array
              items: {type: string}
              max_items: 3
              description: Chosen options.
        Checkout Completed:
          description: The order was paid.
          status: planned
          properties:
            address:
              type: object
              required: true
              properties:
                city: {type: string, required: true, description: City.}
              description: Where it goes.
        Coupon Applied:
          description: A coupon code was applied; replaced by a property of Checkout Completed.
          status: deprecated
          properties:
            code: {type: string, required: true, description: The code.}
        Wishlist Shared:
          description: Nobody sends this any more.
          status: deprecated
        Shopper's "Cart" Viewed:
          description: An event name with quotes.
          status: implemented
      """;

  static TestDatabase database;
  static RunningCollector collector;
  static JsonNode health;

  @BeforeAll
  static void sendTheMix(@TempDir Path project) {
    EventPlan plan = CompiledPlans.compile(project, PLAN, "com.example.shop");
    database = TestDatabase.create();
    collector = RunningCollector.start(database, plan, setup -> setup.withReport(List.of(HealthClient.REPORT_KEY)));
    HealthClient client = new HealthClient(collector);
    client.track("Item Added", "\"sku\": \"SKU-1\", \"quantity\": 2, \"options\": [\"red\"]", "shop-ios/7.1", true);
    client.track("Item Added", "\"sku\": \"SKU-2\", \"quantity\": 1", "shop-ios/7.1", true);
    client.track("Item Added", "\"sku\": \"sku-3\", \"quantity\": 0", "shop-ios/7.0", false);
    client.track("Item Added", "\"sku\": \"SKU-4\", \"quantity\": 1, \"options\": [\"a\", \"b\", \"c\", \"d\"]",
        "shop-ios/7.0", false);
    client.track("Item Added", "\"sku\": \"SKU-5\", \"quantity\": 1, \"options\": [\"x\", 7]", "shop-ios/7.0", false);
    client.track("Coupon Applied", "\"code\": \"WINTER\"", "shop-web/1.0", true);
    client.track("Shopper's \\\"Cart\\\" Viewed", "", "shop-web/1.0", true);
    client.track("Logged In", "\"type\": \"password\"", "shop-web/1.0", false);
    health = client.health();
  }

  @AfterAll
  static void stop() {
    collector.close();
    database.close();
  }

  @Test
  void plannedEvents() {
    assertThat(health.get("plan").get("name").asString()).isEqualTo("Shop \"Checkout\" Plan");
    assertThat(lines(health, "plan_health", r -> text(r, "event_name") + " " + text(r, "status") + " accepted "
        + text(r, "accepted_total") + " refused " + text(r, "refused_total") + " share " + text(r, "refused_share")))
        .containsExactly(
            "Item Added implemented accepted 2 refused 3 share 0.6",
            "Coupon Applied deprecated accepted 1 refused 0 share 0.0",
            "Shopper's \"Cart\" Viewed implemented accepted 1 refused 0 share 0.0",
            "Checkout Completed planned accepted 0 refused 0 share null",
            "Wishlist Shared deprecated accepted 0 refused 0 share null");
  }

  @Test
  void refusalsWithArrayIndexesFolded() {
    assertThat(lines(health, "plan_health_refusals", r -> text(r, "event_name") + " " + text(r, "rule") + " "
        + text(r, "path") + " " + text(r, "refused_total")))
        .containsExactly(
            "Item Added maxItems /options 1",
            "Item Added minimum /quantity 1",
            "Item Added pattern /sku 1",
            "Item Added type /options/* 1",
            "Logged In unknownEvent /event 1");
  }

  @Test
  void unplannedUnreceivedDeprecatedAndSources() {
    assertThat(lines(health, "unplanned_events", r -> text(r, "event_name") + " " + text(r, "received_total")))
        .containsExactly("Logged In 1");
    assertThat(lines(health, "unreceived_events", r -> text(r, "event_name") + " " + text(r, "status")))
        .containsExactly("Checkout Completed planned", "Wishlist Shared deprecated");
    assertThat(lines(health, "deprecated_events_received", r -> text(r, "event_name") + " "
        + text(r, "accepted_total"))).containsExactly("Coupon Applied 1");
    assertThat(lines(health, "health_by_source", r -> text(r, "event_name") + " v" + text(r, "plan_version") + " "
        + text(r, "library_name") + "/" + text(r, "library_version") + " " + text(r, "accepted_total") + "/"
        + text(r, "refused_total")))
        .containsExactlyInAnyOrder(
            "Item Added v3 shop-ios/7.1 2/0",
            "Item Added v3 shop-ios/7.0 0/3",
            "Coupon Applied v3 shop-web/1.0 1/0",
            "Shopper's \"Cart\" Viewed v3 shop-web/1.0 1/0",
            "Logged In v3 shop-web/1.0 0/1");
  }

  @Test
  void countersNameThisPlansEvents() {
    assertThat(collector.get("/metrics").body())
        .contains("eventplan_plan_events_total{event=\"Item Added\",outcome=\"refused\"} 3.0")
        .contains("eventplan_plan_events_total{event=\"Wishlist Shared\",outcome=\"accepted\"} 0.0")
        .contains("eventplan_plan_violations_total{event=\"Item Added\",rule=\"pattern\"} 1.0")
        .contains("eventplan_plan_violations_total{event=\"(unplanned)\",rule=\"unknownEvent\"} 1.0");
  }
}
