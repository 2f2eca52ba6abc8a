/** The checked, immutable tracking-plan model that every emitter reads. */
package io.eventplan.plan.model;
