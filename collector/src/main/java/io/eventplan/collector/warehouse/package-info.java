/** SQL of the warehouse tables, one class per table, derived from the plan where the table is. */
package io.eventplan.collector.warehouse;
