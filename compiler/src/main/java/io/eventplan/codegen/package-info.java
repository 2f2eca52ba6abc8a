/**
 * The eventplan compiler: turns a checked tracking plan into generated files through {@link
 * io.eventplan.codegen.Emitter}s and writes them incrementally; usable without Maven.
 */
package io.eventplan.codegen;
