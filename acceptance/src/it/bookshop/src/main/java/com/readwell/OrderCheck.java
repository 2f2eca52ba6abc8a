package com.readwell;

import com.readwell.events.OrderPlaced;
import com.readwell.events.OrderPlacedValidator;
import io.eventplan.runtime.ValidationResult;
import java.nio.charset.StandardCharsets;

/** The team's own code, compiled against the generated plan: checks an order event before a service sends it. */
public final class OrderCheck {
  private static final OrderPlacedValidator VALIDATOR = new OrderPlacedValidator();

  private OrderCheck() {}

  /** The order as the plan's record, or an exception listing what the plan refuses. */
  public static OrderPlaced parse(String json) {
    ValidationResult<OrderPlaced> result = VALIDATOR.validate(json.getBytes(StandardCharsets.UTF_8));
    if (!result.isValid()) {
      throw new IllegalArgumentException("not a valid Order Placed: " + result.violations());
    }
    return result.value();
  }
}
