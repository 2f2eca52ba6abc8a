package io.eventplan.plan.model;

import io.eventplan.plan.Location;

/** The plan's own header: its name, the author-maintained version number and a description. */
public record PlanInfo(String name, int version, String description, Location location) {}
