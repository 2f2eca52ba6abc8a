/** HTTP routes of the collector's API, their error JSON and its stable codes. */
package io.eventplan.collector.api;
