package io.eventplan.codegen.java;

import io.eventplan.codegen.warehouse.WarehouseLayout;
import io.eventplan.plan.model.TrackingPlan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For documentation and spreadsheets: the record and validator the Java emitter generates for each
 * event (names allocated exactly as {@link JavaEmitter} does) and the call that checks an event.
 */
public final class JavaCalls {
  private JavaCalls() {}

  /**
   * One event's generated types.
   *
   * @param record the record's qualified name, e.g. {@code io.eventplan.generated.LoggedIn}
   * @param validator the validator's qualified name
   * @param sample e.g. {@code ValidationResult<LoggedIn> result = new LoggedInValidator().validate(json);}
   */
  public record Call(String record, String validator, String sample) {}

  /** Every event of {@code plan} by name, in plan order. */
  public static Map<String, Call> of(TrackingPlan plan, String javaPackage) {
    Map<String, Call> calls = new LinkedHashMap<>();
    for (EventTypes types : JavaEmitter.eventTypes(plan, javaPackage, WarehouseLayout.of(plan))) {
      if (!types.traits()) {
        String record = types.record().className().simpleName();
        String validator = types.validator().simpleName();
        calls.put(types.name(), new Call(types.record().className().canonicalName(), types.validator().canonicalName(),
            "ValidationResult<" + record + "> result = new " + validator + "().validate(json);"));
      }
    }
    return calls;
  }
}
