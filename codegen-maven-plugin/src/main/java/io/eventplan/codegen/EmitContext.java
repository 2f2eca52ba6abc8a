package io.eventplan.codegen;

/**
 * What every emitter may know besides the plan.
 *
 * @param javaPackage the package of generated Java code, e.g. {@code io.eventplan.generated}
 * @param planFileName the plan's file name as shown in headers, e.g. {@code tracking-plan.yaml}
 * @param warehouse where BI tools find the warehouse (Power BI files)
 */
public record EmitContext(String javaPackage, String planFileName, WarehouseAddress warehouse) {

  /** A context with the default warehouse address ({@link WarehouseAddress#DEFAULT}). */
  public EmitContext(String javaPackage, String planFileName) {
    this(javaPackage, planFileName, WarehouseAddress.DEFAULT);
  }

  public EmitContext {
    if (warehouse == null) {
      throw new IllegalArgumentException("warehouse address is required");
    }
  }
}
