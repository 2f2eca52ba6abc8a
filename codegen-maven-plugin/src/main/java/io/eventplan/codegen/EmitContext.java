package io.eventplan.codegen;

/**
 * What every emitter may know besides the plan.
 *
 * @param javaPackage the package of generated Java code, e.g. {@code io.eventplan.generated}
 * @param planFileName the plan's file name as shown in headers, e.g. {@code tracking-plan.yaml}
 */
public record EmitContext(String javaPackage, String planFileName) {}
