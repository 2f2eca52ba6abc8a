/** The checker: turns the YAML tree into the model and reports every rule it breaks. */
package io.eventplan.plan.check;
