/** What the collector knows of the services it depends on (its database, Kafka): reachable or not, and why. */
package io.eventplan.collector.status;
