/** The Maven goals: thin translators from plugin parameters to the {@link io.eventplan.codegen} compiler. */
package io.eventplan.codegen.maven;
