/** The parsed YAML document as a located tree, before any meaning is given to it. */
package io.eventplan.plan.syntax;
