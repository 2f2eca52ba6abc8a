/** Configuration from environment variables, with documented defaults. */
package io.eventplan.collector.config;
