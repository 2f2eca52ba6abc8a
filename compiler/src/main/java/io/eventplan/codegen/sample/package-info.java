/** Valid example calls made from a plan, for the banner of {@code eventplan:run} and for documentation. */
package io.eventplan.codegen.sample;
