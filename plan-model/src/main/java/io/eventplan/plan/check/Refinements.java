package io.eventplan.plan.check;

import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.syntax.YamlMap;
import io.eventplan.plan.syntax.YamlNode;
import io.eventplan.plan.syntax.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes an event's effective properties: every common property (refined where the event lists
 * it again, which may change only {@code required} and {@code description}), then its own.
 */
final class Refinements {
  private static final Set<String> REFINABLE = Set.of("required", "description");

  private final NodeReader nodes;
  private final PropertyReader properties;

  Refinements(NodeReader nodes, PropertyReader properties) {
    this.nodes = nodes;
    this.properties = properties;
  }

  List<PropertyDef> effectiveProperties(YamlMap event, List<PropertyDef> common, String where) {
    Map<String, PropertyDef> effective = new LinkedHashMap<>();
    common.forEach(p -> effective.put(p.name(), p));
    List<PropertyDef> own = new ArrayList<>();
    Optional<YamlNode> node = event.get("properties");
    Optional<YamlMap> map =
        node.flatMap(n -> nodes.map(n, "'properties' of " + where, "name: {type: ...}"));
    for (YamlMap.Entry entry : map.map(YamlMap::entries).orElse(List.of())) {
      PropertyDef inherited = effective.get(entry.key());
      if (inherited != null) {
        refine(inherited, entry, where).ifPresent(p -> effective.put(p.name(), p));
      } else {
        properties.read(entry.key(), entry.keyLocation(), entry.value(), where, false, false)
            .ifPresent(own::add);
      }
    }
    List<PropertyDef> all = new ArrayList<>(effective.values());
    all.addAll(own);
    return all;
  }

  private Optional<PropertyDef> refine(PropertyDef common, YamlMap.Entry entry, String where) {
    String what = "common property '" + common.name() + "' in " + where;
    Optional<YamlMap> maybeSpec = nodes.map(entry.value(), what, "{required: true}");
    if (maybeSpec.isEmpty()) {
      return Optional.empty();
    }
    YamlMap spec = maybeSpec.get();
    boolean ok = true;
    for (YamlMap.Entry key : spec.entries()) {
      if (key.key().equals("type")) {
        ok &= sameType(common, key.value(), what);
      } else if (!REFINABLE.contains(key.key())) {
        ok = false;
        nodes.error(DiagnosticCode.REFINEMENT_KEY, key.keyLocation(),
            where + " may refine common property '" + common.name() + "' only in 'required' and 'description', not '"
                + key.key() + "' (the common property is defined at line " + common.location().line()
                + "). Change the common property, or give this property another name.");
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new PropertyDef(
        common.name(),
        common.type(),
        nodes.bool(spec, "required", what).orElse(common.required()),
        nodes.text(spec, "description", what).orElse(common.description()),
        common.examples(),
        common.pii(),
        common.deprecated(),
        common.references(),
        true,
        entry.keyLocation()));
  }

  private boolean sameType(PropertyDef common, YamlNode typeNode, String what) {
    String given = typeNode instanceof YamlScalar s ? s.text() : typeNode.describe();
    if (given.equals(common.type().planName())) {
      return true;
    }
    nodes.error(DiagnosticCode.REFINEMENT_CHANGES_TYPE, typeNode.location(),
        what + " is declared as " + given + ", but the common property is "
            + common.type().planName() + " (line " + common.location().line()
            + "); a refinement cannot change the type. Remove 'type' here, or use a new property name.");
    return false;
  }
}
