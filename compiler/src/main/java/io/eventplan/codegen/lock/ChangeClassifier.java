package io.eventplan.codegen.lock;

import io.eventplan.plan.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares the old and new snapshot of properties (or traits) one constraint at a time and
 * classifies each difference: a rule that accepts more is non-breaking, one that accepts less is
 * breaking, since existing rows or senders may rely on the old rule.
 */
final class ChangeClassifier {
  private final List<Change> changes;

  ChangeClassifier(List<Change> changes) {
    this.changes = changes;
  }

  /** Top-level properties or traits; {@code subject} and {@code location} are looked up by name. */
  void fields(
      List<FieldSnapshot> old,
      List<FieldSnapshot> current,
      Function<String, Subject> subject,
      Function<String, Location> location) {
    for (FieldSnapshot o : old) {
      if (current.stream().noneMatch(c -> c.name().equals(o.name()))) {
        add(ChangeKind.PROPERTY_REMOVED, location.apply(o.name()), ChangeMessages.removed(subject.apply(o.name())));
      }
    }
    for (FieldSnapshot c : current) {
      Subject s = subject.apply(c.name());
      Location at = location.apply(c.name());
      Optional<FieldSnapshot> o = old.stream().filter(f -> f.name().equals(c.name())).findFirst();
      if (o.isEmpty()) {
        added(c, s, at);
      } else {
        field(o.get(), c, s, at);
      }
    }
  }

  private void added(FieldSnapshot field, Subject s, Location at) {
    if (field.required()) {
      add(ChangeKind.REQUIRED_PROPERTY_ADDED, at, ChangeMessages.requiredAdded(s));
    } else {
      add(ChangeKind.PROPERTY_ADDED, at, ChangeMessages.added(s));
    }
  }

  private void field(FieldSnapshot old, FieldSnapshot cur, Subject s, Location at) {
    if (!old.type().equals(cur.type())) {
      add(ChangeKind.PROPERTY_TYPE_CHANGED, at, ChangeMessages.typeChanged(s, old.type(), cur.type()));
      return; // every other difference follows from the new type
    }
    if (!old.required() && cur.required()) {
      add(ChangeKind.PROPERTY_MADE_REQUIRED, at, ChangeMessages.madeRequired(s));
    } else if (old.required() && !cur.required()) {
      add(ChangeKind.PROPERTY_MADE_OPTIONAL, at, ChangeMessages.madeOptional(s));
    }
    if (!old.deprecated() && cur.deprecated()) {
      add(ChangeKind.PROPERTY_DEPRECATED, at, ChangeMessages.deprecated(s));
    } else if (old.deprecated() && !cur.deprecated()) {
      add(ChangeKind.PROPERTY_REINSTATED, at, ChangeMessages.reinstated(s));
    }
    if (!old.description().equals(cur.description())) {
      add(ChangeKind.DESCRIPTION_CHANGED, at, ChangeMessages.descriptionChanged(s));
    }
    values(old.values(), cur.values(), s, at);
    lowerBound("min", old.min(), cur.min(), s, at);
    upperBound("max", old.max(), cur.max(), s, at);
    lowerBound("min_length", decimal(old.minLength()), decimal(cur.minLength()), s, at);
    upperBound("max_length", decimal(old.maxLength()), decimal(cur.maxLength()), s, at);
    lowerBound("min_items", decimal(old.minItems()), decimal(cur.minItems()), s, at);
    upperBound("max_items", decimal(old.maxItems()), decimal(cur.maxItems()), s, at);
    pattern(old.pattern(), cur.pattern(), s, at);
    if (old.items().isPresent() && cur.items().isPresent()) {
      field(old.items().get(), cur.items().get(), s.child("[]"), at);
    }
    nested(old.fields(), cur.fields(), s, at);
  }

  private void nested(List<FieldSnapshot> old, List<FieldSnapshot> current, Subject parent, Location at) {
    if (old.isEmpty() && current.isEmpty()) {
      return;
    }
    fields(old, current, parent::child, name -> at);
  }

  private void values(List<Object> old, List<Object> cur, Subject s, Location at) {
    if (old.equals(cur) || (old.isEmpty() && cur.isEmpty())) {
      return;
    }
    if (old.isEmpty()) {
      add(ChangeKind.VALUES_NARROWED, at, ChangeMessages.valuesIntroduced(s, cur));
      return;
    }
    if (cur.isEmpty()) {
      add(ChangeKind.CONSTRAINT_LOOSENED, at,
          ChangeMessages.loosened(s, "its values " + ChangeMessages.list(old) + " were removed, so any value is allowed"));
      return;
    }
    List<Object> removed = old.stream().filter(v -> !cur.contains(v)).toList();
    List<Object> added = cur.stream().filter(v -> !old.contains(v)).toList();
    if (!removed.isEmpty()) {
      add(ChangeKind.VALUES_NARROWED, at, ChangeMessages.valuesRemoved(s, removed));
    }
    if (!added.isEmpty()) {
      add(ChangeKind.VALUES_ADDED, at, ChangeMessages.valuesAdded(s, added));
    }
  }

  /** min, min_length, min_items: raising or adding one accepts less. */
  private void lowerBound(String label, Optional<BigDecimal> old, Optional<BigDecimal> cur, Subject s, Location at) {
    bound(label, old, cur, s, at, 1);
  }

  /** max, max_length, max_items: lowering or adding one accepts less. */
  private void upperBound(String label, Optional<BigDecimal> old, Optional<BigDecimal> cur, Subject s, Location at) {
    bound(label, old, cur, s, at, -1);
  }

  private void bound(
      String label, Optional<BigDecimal> old, Optional<BigDecimal> cur, Subject s, Location at, int tighterSign) {
    if (old.isEmpty() && cur.isEmpty()) {
      return;
    }
    if (old.isEmpty()) {
      tightened(s, at, label + " " + cur.get() + " was added");
    } else if (cur.isEmpty()) {
      loosened(s, at, label + " " + old.get() + " was removed");
    } else {
      int sign = Integer.signum(cur.get().compareTo(old.get()));
      if (sign == 0) {
        return;
      }
      String change = label + " was " + (sign > 0 ? "raised" : "lowered") + " from " + old.get() + " to " + cur.get();
      if (sign == tighterSign) {
        tightened(s, at, change);
      } else {
        loosened(s, at, change);
      }
    }
  }

  private void pattern(Optional<String> old, Optional<String> cur, Subject s, Location at) {
    if (Objects.equals(old, cur)) {
      return;
    }
    if (old.isEmpty()) {
      tightened(s, at, "pattern '" + cur.get() + "' was added");
    } else if (cur.isEmpty()) {
      loosened(s, at, "pattern '" + old.get() + "' was removed");
    } else {
      // whether one regular expression accepts more than another cannot be decided in general
      tightened(s, at, "pattern changed from '" + old.get() + "' to '" + cur.get() + "'");
    }
  }

  private void tightened(Subject s, Location at, String change) {
    add(ChangeKind.CONSTRAINT_TIGHTENED, at, ChangeMessages.tightened(s, change));
  }

  private void loosened(Subject s, Location at, String change) {
    add(ChangeKind.CONSTRAINT_LOOSENED, at, ChangeMessages.loosened(s, change));
  }

  private void add(ChangeKind kind, Location at, String message) {
    changes.add(new Change(kind, at, message));
  }

  private static Optional<BigDecimal> decimal(Optional<Integer> value) {
    return value.map(BigDecimal::valueOf);
  }
}
