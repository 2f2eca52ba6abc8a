/**
 * What the Java code eventplan generates is written against, and what other code (the collector, tests, services)
 * programs against: validators, results, violations, and {@link io.eventplan.runtime.EventPlan}, the service through
 * which a generated plan describes itself.
 */
package io.eventplan.runtime;
