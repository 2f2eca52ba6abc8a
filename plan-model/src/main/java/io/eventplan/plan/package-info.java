/** The plan-model API: load a tracking plan into a checked model, with located diagnostics. */
package io.eventplan.plan;
