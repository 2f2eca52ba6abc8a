/** Fuzz tests of the plan front end (Jazzer). */
package io.eventplan.plan.fuzz;
