/** How plan names map to identifier words for SQL, Java and TypeScript. */
package io.eventplan.plan.naming;
