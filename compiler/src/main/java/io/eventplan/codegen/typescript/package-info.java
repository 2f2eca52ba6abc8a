/** Emits the typed TypeScript tracking snippet: one dependency-free ES module and its declarations. */
package io.eventplan.codegen.typescript;
