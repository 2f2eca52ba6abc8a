package io.eventplan.plan.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plan names map to identifier words the same way for SQL, Java and TypeScript. */
class IdentifiersTest {

  @ParameterizedTest
  @CsvSource({
    "Logged In, logged_in, LoggedIn, loggedIn",
    "logged_in, logged_in, LoggedIn, loggedIn",
    "userId, user_id, UserId, userId",
    "HTTPStatus, http_status, HttpStatus, httpStatus",
    "Order, order, Order, order",
    "A/B Test Viewed, a_b_test_viewed, ABTestViewed, aBTestViewed",
    "utm2, utm2, Utm2, utm2",
    "v2Event, v2_event, V2Event, v2Event",
    "Café Ordered, café_ordered, CaféOrdered, caféOrdered",
    "'  spaced  out  ', spaced_out, SpacedOut, spacedOut",
  })
  void mapsNames(String name, String snake, String pascal, String camel) {
    assertThat(Identifiers.snake(name)).isEqualTo(snake);
    assertThat(Identifiers.pascal(name)).isEqualTo(pascal);
    assertThat(Identifiers.camel(name)).isEqualTo(camel);
  }

  @ParameterizedTest
  @CsvSource({"!!!", "'   '", "'-_-'"})
  void namesWithoutLettersMapToNothing(String name) {
    assertThat(Identifiers.snake(name)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"abc, 3", "café, 5", "日本, 6"})
  void sqlLengthCountsUtf8Bytes(String identifier, int bytes) {
    assertThat(Identifiers.sqlByteLength(identifier)).isEqualTo(bytes);
  }
}
