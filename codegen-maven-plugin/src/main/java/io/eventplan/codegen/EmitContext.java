package io.eventplan.codegen;

import io.eventplan.codegen.lock.LockFile;
import java.util.Optional;

/**
 * What every emitter may know besides the plan.
 *
 * @param javaPackage the package of generated Java code, e.g. {@code io.eventplan.generated}
 * @param planFileName the plan's file name as shown in headers, e.g. {@code tracking-plan.yaml}
 * @param lock the warehouse ledger as it is after this build (its history feeds the documentation);
 *     empty when the warehouse step is off
 */
public record EmitContext(String javaPackage, String planFileName, Optional<LockFile> lock) {

  public EmitContext(String javaPackage, String planFileName) {
    this(javaPackage, planFileName, Optional.empty());
  }

  /** This context with the ledger of this build. */
  public EmitContext withLock(Optional<LockFile> ledger) {
    return new EmitContext(javaPackage, planFileName, ledger);
  }
}
