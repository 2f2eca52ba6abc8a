package io.eventplan.codegen;

import io.eventplan.plan.model.TrackingPlan;
import java.util.List;

/**
 * One output of the compiler (JSON Schemas, Java validators, Liquibase, TypeScript, ...). An emitter
 * is a pure function of the checked plan and the context: it returns files in memory and never
 * writes to disk, knows no other emitter, and must return byte-identical content for equal input.
 */
public interface Emitter {

  /** A short stable id, e.g. {@code json-schema}; used in logs and the incremental state. */
  String id();

  /** Every file this emitter produces for {@code plan}, with paths relative to their output root. */
  List<GeneratedFile> emit(TrackingPlan plan, EmitContext context);
}
