/** The command-line plan checker. */
package io.eventplan.plan.cli;
