/** Plan patterns: a linear-time subset of ECMAScript regular expressions, parsed once and written for each engine. */
package io.eventplan.plan.pattern;
