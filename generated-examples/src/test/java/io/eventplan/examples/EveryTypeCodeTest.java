package io.eventplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventplan.examples.everytype.ClassSelectedV2;
import io.eventplan.examples.everytype.ClassSelectedV2Validator;
import io.eventplan.examples.everytype.CompanyTraits;
import io.eventplan.examples.everytype.EventRegistry;
import io.eventplan.examples.everytype.FunctionCalled;
import io.eventplan.examples.everytype.Order;
import io.eventplan.examples.everytype.OrderCompleted;
import io.eventplan.examples.everytype.OrderCompletedValidator;
import io.eventplan.examples.everytype.PeopleTraits;
import io.eventplan.runtime.ValidationResult;
import io.eventplan.runtime.Violation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The code generated from src/test/plans/every-type.yaml: keyword and non-ASCII names, every type, nested
 * records, lists, enums, deprecation and a version-2 event, used through their generated API.
 */
@SuppressWarnings("deprecation") // the plan deprecates Class Selected, on purpose
class EveryTypeCodeTest {
  private static final String COMMON =
      "\"event_id\": \"123e4567-e89b-12d3-a456-426614174000\", \"timestamp\": \"2016-12-31T23:59:59.5-00:30\"";

  private final EventRegistry registry = new EventRegistry();

  @Test
  void theRegistryNamesEveryEventAsThePlanDoes() {
    assertThat(registry.planName()).isEqualTo("Every Type");
    assertThat(registry.planVersion()).isEqualTo(4);
    assertThat(registry.validators().keySet())
        .containsExactly("Order Completed", "Class Selected", "Default Changed", "Order", "Function Called");
    assertThat(registry.validator("Class Selected")).containsInstanceOf(ClassSelectedV2Validator.class);
  }

  @Test
  void keywordAndUnicodeNamesBecomeSafeAccessors() {
    ValidationResult<OrderCompleted> result = new OrderCompletedValidator().validate(bytes("{" + COMMON + """
        , "user": "ada", "order": "ord_1x", "select": -0.5, "class": "première", "default": -5, "enum": "😀 smile",
        "function": true, "interface": "2024-02-29T12:00:00.5+01:00", "public": "2024-02-29",
        "package": "00000000-0000-0000-0000-00000000000A", "new": "https://example.com/x", "from": "ada@example.com",
        "long": 2.0, "double": 1E+2, "quantity": 9007199254740991, "2fa_enabled": false, "prix_unitaire_€": 9.99,
        "naïve_score": -1, "label": "😀😀😀😀😀", "promo_banner": "old"}
        """));

    assertThat(result.violations()).isEmpty();
    OrderCompleted order = result.value();
    assertThat(order.timestamp()).isEqualTo(Instant.parse("2017-01-01T00:29:59.5Z"));
    assertThat(order.class_()).isEqualTo(OrderCompleted.Class_.PREMIÈRE);
    assertThat(order.default_()).isEqualTo(-5L);
    assertThat(order.select()).isEqualTo(-0.5);
    assertThat(order.enum_()).isEqualTo(OrderCompleted.Enum_.SMILE);
    assertThat(order.function()).isTrue();
    assertThat(order.interface_()).isEqualTo(Instant.parse("2024-02-29T11:00:00.5Z"));
    assertThat(order.public_()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(order.package_()).isEqualTo(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    assertThat(order.new_()).isEqualTo(URI.create("https://example.com/x"));
    assertThat(order.from()).isEqualTo("ada@example.com");
    assertThat(order.long_()).isEqualTo(2L);
    assertThat(order.double_()).isEqualTo(100.0);
    assertThat(order.quantity()).isEqualTo(9_007_199_254_740_991L); // the largest safe integer
    assertThat(order._2faEnabled()).isFalse();
    assertThat(order.prixUnitaire()).isEqualTo(9.99);
    assertThat(order.naïveScore()).isEqualTo(-1L);
    assertThat(order.label()).hasSize(10); // five code points, ten chars
    assertThat(order.amount()).isNull();
  }

  @Test
  void deprecatedEventsAndPropertiesAreMarked() throws NoSuchMethodException {
    assertThat(ClassSelectedV2.class.isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(OrderCompleted.class.getMethod("promoBanner").isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(OrderCompleted.class.getMethod("label").isAnnotationPresent(Deprecated.class)).isFalse();
    assertThat(ClassSelectedV2.OrderItem.class.getMethod("legacy").isAnnotationPresent(Deprecated.class)).isTrue();
  }

  @Test
  void arraysAndNestedObjectsBecomeListsAndNestedRecords() {
    ClassSelectedV2 selected = new ClassSelectedV2Validator().validate(bytes("{" + COMMON + """
        , "interface": ["c", "a"], "order": [{"class": "x", "select": [1, 9.5]}],
        "object": {"list": {"record": true, "map": 7}}, "tags": [[1, 2], []], "mails": ["a@example.com", "b@example.org"],
        "weights": [0.1, 0.3], "codes": ["ab"]}
        """)).value();

    assertThat(selected.interface_()).containsExactly(ClassSelectedV2.InterfaceItem.C, ClassSelectedV2.InterfaceItem.A);
    assertThat(selected.order()).singleElement().satisfies(item -> {
      assertThat(item.class_()).isEqualTo("x");
      assertThat(item.select()).containsExactly(1.0, 9.5);
      assertThat(item.default_()).isNull();
    });
    assertThat(selected.object().list().record_()).isTrue();
    assertThat(selected.object().list().map()).isEqualTo(7L);
    assertThat(selected.tags()).isEqualTo(List.of(List.of(1L, 2L), List.of()));
    assertThat(selected.ids()).isNull();
  }

  @Test
  void nestedRulesAreReportedWithTheirJsonPointer() {
    ValidationResult<?> result = registry.validator("Function Called").orElseThrow().validate(bytes("{" + COMMON + """
        , "settings": {"theme": "blue", "size": 4.0, "zoom": 1}, "enum": {"x": 1}}
        """));

    assertThat(result.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
        tuple("/settings/theme", "enum"), tuple("/settings/size", "maximum"), tuple("/settings/zoom", "additionalProperties"),
        tuple("/enum/x", "additionalProperties"));
    FunctionCalled called = (FunctionCalled) registry.validator("Function Called").orElseThrow()
        .validate(bytes("{" + COMMON + ", \"settings\": {\"theme\": \"dark\", \"size\": 3}}")).value();
    assertThat(called.settings().theme()).isEqualTo(FunctionCalled.Settings.Theme.DARK);
  }

  @Test
  void keywordNamedEventsAndTraits() {
    Order order = (Order) registry.validator("Order").orElseThrow()
        .validate(bytes("{" + COMMON + ", \"select\": \"*\", \"user\": \"u\"}")).value();
    PeopleTraits person = registry.people().validate(bytes("""
        {"email": "ada@example.com", "class": "admin", "default": 0, "address": {"city": "Munich", "zip": "80331"}}
        """)).value();
    CompanyTraits company = registry.companies().validate(bytes("""
        {"name": "ACME", "order": 1, "interface": ["web"], "website": "https://acme.example", "revenue": 0}
        """)).value();

    assertThat(order.select()).isEqualTo("*");
    assertThat(person.class_()).isEqualTo(PeopleTraits.Class_.ADMIN);
    assertThat(person.address().zip()).isEqualTo("80331");
    assertThat(company.interface_()).containsExactly("web");
    assertThat(company.website()).isEqualTo(URI.create("https://acme.example"));
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
