/** The eventplan test kit: an in-process collector for a project's own plan, as a JUnit 5 extension. */
package io.eventplan.testkit;
