package io.eventplan.codegen;

import io.eventplan.codegen.lock.LockFile;
import io.eventplan.codegen.warehouse.Partitioning;
import java.util.Optional;

/**
 * What every emitter may know besides the plan.
 *
 * @param javaPackage the package of generated Java code, e.g. {@code io.eventplan.generated}
 * @param planFileName the plan's file name as shown in headers, e.g. {@code tracking-plan.yaml}
 * @param warehouse where BI tools find the warehouse (Power BI files)
 * @param lock the warehouse ledger as it is after this build (its history feeds the documentation);
 *     empty when the warehouse step is off
 * @param partitioning how a new warehouse lays out events and the typed tables (docs/warehouse.md#month-partitions)
 */
public record EmitContext(String javaPackage, String planFileName, WarehouseAddress warehouse, Optional<LockFile> lock,
    Partitioning partitioning) {

  /** A context with unpartitioned tables. */
  public EmitContext(String javaPackage, String planFileName, WarehouseAddress warehouse, Optional<LockFile> lock) {
    this(javaPackage, planFileName, warehouse, lock, Partitioning.NONE);
  }

  /** A context with the default warehouse address ({@link WarehouseAddress#DEFAULT}) and no ledger. */
  public EmitContext(String javaPackage, String planFileName) {
    this(javaPackage, planFileName, WarehouseAddress.DEFAULT);
  }

  /** A context without a ledger. */
  public EmitContext(String javaPackage, String planFileName, WarehouseAddress warehouse) {
    this(javaPackage, planFileName, warehouse, Optional.empty());
  }

  public EmitContext {
    if (warehouse == null) {
      throw new IllegalArgumentException("warehouse address is required");
    }
    if (lock == null) {
      throw new IllegalArgumentException("lock is required (Optional.empty() when there is none)");
    }
    if (partitioning == null) {
      throw new IllegalArgumentException("partitioning is required (Partitioning.NONE for plain tables)");
    }
  }

  /** This context with the ledger of this build. */
  public EmitContext withLock(Optional<LockFile> ledger) {
    return new EmitContext(javaPackage, planFileName, warehouse, ledger, partitioning);
  }

  /** This context with another partitioning. */
  public EmitContext withPartitioning(Partitioning other) {
    return new EmitContext(javaPackage, planFileName, warehouse, lock, other);
  }
}
