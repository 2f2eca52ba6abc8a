package io.eventplan.plan.check;

import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.Reference;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TraitsDef;
import java.util.List;

/** Checks that every {@code references} points at a section the plan has. */
final class ReferenceRules {
  private final Diagnostics diagnostics;

  ReferenceRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(TrackingPlan plan) {
    for (PropertyDef p : plan.commonProperties()) {
      check(plan, p, "the common properties");
    }
    for (EventDef event : plan.events()) {
      for (PropertyDef p : event.properties()) {
        if (!p.common()) {
          check(plan, p, "event '" + event.name() + "'");
        }
      }
    }
    plan.people().ifPresent(t -> checkAll(plan, t, "the people traits"));
    plan.companies().ifPresent(t -> checkAll(plan, t, "the companies traits"));
  }

  private void checkAll(TrackingPlan plan, TraitsDef traits, String where) {
    traits.traits().forEach(p -> check(plan, p, where));
  }

  private void check(TrackingPlan plan, PropertyDef property, String where) {
    property.references().ifPresent(reference -> {
      boolean present = reference == Reference.PEOPLE ? plan.people().isPresent() : plan.companies().isPresent();
      if (!present) {
        diagnostics.error(DiagnosticCode.UNKNOWN_REFERENCE, property.location(),
            "property '" + property.name() + "' of " + where + " references " + reference.planName()
                + ", but the plan has no '" + reference.planName() + "' section; add "
                + reference.planName() + ": {traits: ...} or remove 'references'.");
      }
    });
    List<PropertyDef> nested =
        property.type() instanceof ObjectType o ? o.properties()
            : property.type() instanceof ArrayType a && a.items() instanceof ObjectType io ? io.properties()
            : List.of();
    nested.forEach(n -> check(plan, n, "property '" + property.name() + "' of " + where));
  }
}
