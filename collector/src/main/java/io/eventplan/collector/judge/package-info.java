/** The plan's verdict on an event: the seam where the generated validators plug in. */
package io.eventplan.collector.judge;
