package io.eventplan.codegen.warehouse;

import java.util.List;

/** The plan names a table or column the warehouse cannot have; every problem at once. */
public final class WarehouseNamingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public WarehouseNamingException(String planFile, List<String> problems) {
    super(planFile + ": the warehouse cannot hold this plan; nothing was generated:\n" + String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
