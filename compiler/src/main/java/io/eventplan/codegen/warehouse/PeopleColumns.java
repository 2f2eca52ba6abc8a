package io.eventplan.codegen.warehouse;

import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TraitsDef;
import io.eventplan.plan.model.TypeKind;
import io.eventplan.plan.naming.SqlNames;
import java.util.Optional;

/**
 * Where the report views find a person's name, e-mail, company and sign-up time, over {@code people}
 * (alias {@code p}) and {@code companies} (alias {@code c}): the traits whose column is {@code name},
 * {@code email} and {@code created_at} (a timestamp) when the plan has them, else NULL; the company's
 * {@code name} trait, else the person's company id.
 */
final class PeopleColumns {
  private final TrackingPlan plan;

  PeopleColumns(TrackingPlan plan) {
    this.plan = plan;
  }

  String name() {
    return trait(plan.people(), "name").map(t -> "p." + column(t) + "::text").orElse("NULL::text");
  }

  String email() {
    return trait(plan.people(), "email").map(t -> "p." + column(t) + "::text").orElse("NULL::text");
  }

  /** The company's name when companies have a name trait, else (or when it is unknown) the company id. */
  String company() {
    String id = "p.\"company_id\"::text";
    return companyName().map(n -> "COALESCE(c." + column(n) + "::text, " + id + ")").orElse(id);
  }

  /** The join that {@link #company()} needs, or "" when it reads people only. */
  String companyJoin() {
    return companyName().isPresent() ? " LEFT JOIN \"companies\" c ON c.\"company_id\" = p.\"company_id\"" : "";
  }

  /** The people created_at trait when it is a timestamp: a sign-up time the person's traits carry. */
  Optional<String> createdAt() {
    return trait(plan.people(), "created_at")
        .filter(t -> t.type().kind() == TypeKind.TIMESTAMP)
        .map(t -> "p." + column(t));
  }

  private Optional<PropertyDef> companyName() {
    return trait(plan.companies(), "name");
  }

  private static Optional<PropertyDef> trait(Optional<TraitsDef> section, String column) {
    return section.flatMap(s -> s.traits().stream().filter(t -> SqlNames.column(t.name()).equals(column)).findFirst());
  }

  private static String column(PropertyDef trait) {
    return SqlNames.quote(SqlNames.column(trait.name()));
  }
}
