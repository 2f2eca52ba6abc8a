/** Liveness and readiness endpoints. */
package io.eventplan.collector.health;
