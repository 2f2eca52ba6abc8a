package io.eventplan.plan.check;

import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.Location;
import io.eventplan.plan.model.Conversion;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.EventStatus;
import io.eventplan.plan.model.PlanInfo;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.ReportSettings;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TraitsDef;
import io.eventplan.plan.syntax.YamlMap;
import io.eventplan.plan.syntax.YamlNode;
import io.eventplan.plan.syntax.YamlScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns the parsed YAML tree into the checked model. Stages: (1) the document's sections, (2) the
 * plan header, (3) common properties, (4) events with their refinements, (5) people and company
 * traits, (6) the reports section, (7) {@link NameRules} and {@link ReferenceRules} over the whole model. Every problem goes
 * to the {@link Diagnostics}; a model is returned only if no error was found.
 */
public final class PlanChecker {

  static final List<String> SECTIONS = List.of("plan", "common_properties", "events", "people", "companies", "reports");
  static final List<String> PLAN_KEYS = List.of("name", "version", "description");
  static final List<String> EVENT_KEYS =
      List.of("description", "status", "conversion", "location", "code", "version", "properties");
  static final List<String> TRAITS_KEYS = List.of("description", "traits");
  static final List<String> REPORTS_KEYS = List.of("login_event", "signup_event");

  private final String file;
  private final CheckOptions options;
  private final Diagnostics diagnostics;
  private final NodeReader nodes;
  private final PropertyReader properties;
  private final Refinements refinements;

  public PlanChecker(String file, CheckOptions options, Diagnostics diagnostics) {
    this.file = file;
    this.options = options;
    this.diagnostics = diagnostics;
    this.nodes = new NodeReader(diagnostics);
    this.properties = new PropertyReader(nodes);
    this.refinements = new Refinements(nodes, properties);
  }

  public Optional<TrackingPlan> check(YamlNode root) {
    Optional<YamlMap> document = nodes.map(root, "The tracking plan", "plan:, events:, ...");
    if (document.isEmpty()) {
      return Optional.empty();
    }
    YamlMap doc = document.get();
    nodes.onlyKnownKeys(doc, SECTIONS, "the tracking plan");
    Optional<PlanInfo> info = planInfo(doc);
    List<PropertyDef> common = propertyMap(doc, "common_properties", "the common properties", true);
    List<EventDef> events = events(doc, common);
    Optional<TraitsDef> people = traits(doc, "people");
    Optional<TraitsDef> companies = traits(doc, "companies");
    // Without a usable header there is no plan to return, but the name rules still run on the rest.
    PlanInfo header = info.orElse(new PlanInfo("", 1, "", doc.location()));
    ReportSettings reports = reports(doc, events);
    TrackingPlan plan = new TrackingPlan(file, header, common, events, people, companies, reports);
    new NameRules(diagnostics, options).check(plan);
    new ReferenceRules(diagnostics).check(plan);
    return diagnostics.hasErrors() || info.isEmpty() ? Optional.empty() : Optional.of(plan);
  }

  private Optional<PlanInfo> planInfo(YamlMap doc) {
    Optional<YamlMap.Entry> entry = doc.entry("plan");
    if (entry.isEmpty()) {
      diagnostics.error(DiagnosticCode.MISSING_KEY, doc.location(),
          "the tracking plan has no 'plan' section; add plan: {name: ..., version: 1}.");
      return Optional.empty();
    }
    Optional<YamlMap> plan = nodes.map(entry.get().value(), "'plan'", "name: ..., version: 1");
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    nodes.onlyKnownKeys(plan.get(), PLAN_KEYS, "'plan'");
    Optional<String> name = nodes.text(plan.get(), "name", "'plan'");
    Optional<Integer> version = nodes.wholeNumber(plan.get(), "version", 1, "'plan'");
    Location at = entry.get().keyLocation();
    if (name.isEmpty() || name.get().isBlank()) {
      diagnostics.error(DiagnosticCode.MISSING_KEY, at, "'plan' has no 'name'; add name: <your plan's name>.");
    }
    if (plan.get().entry("version").isEmpty()) {
      diagnostics.error(DiagnosticCode.MISSING_KEY, at,
          "'plan' has no 'version'; add version: 1 and raise it on every change.");
    }
    if (name.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PlanInfo(name.get(), version.get(),
        nodes.text(plan.get(), "description", "'plan'").orElse(""), at));
  }

  /** A mapping of property name to spec, as found under {@code key} of {@code owner}. */
  private List<PropertyDef> propertyMap(YamlMap owner, String key, String where, boolean common) {
    Optional<YamlNode> node = owner.get(key);
    if (node.isEmpty()) {
      return List.of();
    }
    Optional<YamlMap> map = nodes.map(node.get(), "'" + key + "' of " + where, "name: {type: ...}");
    List<PropertyDef> result = new ArrayList<>();
    map.ifPresent(m -> m.entries().forEach(e ->
        properties.read(e.key(), e.keyLocation(), e.value(), where, common, false).ifPresent(result::add)));
    return result;
  }

  private List<EventDef> events(YamlMap doc, List<PropertyDef> common) {
    Optional<YamlMap.Entry> entry = doc.entry("events");
    if (entry.isEmpty()) {
      diagnostics.error(DiagnosticCode.MISSING_KEY, doc.location(),
          "the tracking plan has no 'events' section; add events: with at least one event.");
      return List.of();
    }
    Optional<YamlMap> events = nodes.map(entry.get().value(), "'events'", "Event Name: {description: ...}");
    if (events.isPresent() && events.get().entries().isEmpty()) {
      diagnostics.error(DiagnosticCode.MISSING_KEY, entry.get().keyLocation(),
          "'events' is empty; define at least one event.");
    }
    List<EventDef> result = new ArrayList<>();
    events.ifPresent(m -> m.entries().forEach(e -> event(e, common).ifPresent(result::add)));
    return result;
  }

  private Optional<EventDef> event(YamlMap.Entry entry, List<PropertyDef> common) {
    String where = "event '" + entry.key() + "'";
    Optional<YamlMap> spec = nodes.map(entry.value(), where, "description: ..., properties: ...");
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = spec.get();
    nodes.onlyKnownKeys(map, EVENT_KEYS, where);
    List<PropertyDef> effective = refinements.effectiveProperties(map, common, where);
    return Optional.of(new EventDef(
        entry.key(),
        nodes.text(map, "description", where).orElse(""),
        status(map, where),
        conversion(map, where),
        nodes.text(map, "location", where).orElse(""),
        nodes.text(map, "code", where).orElse(""),
        nodes.wholeNumber(map, "version", 1, where).orElse(1),
        effective,
        entry.keyLocation()));
  }

  private EventStatus status(YamlMap map, String where) {
    Optional<YamlNode> node = map.get("status");
    if (node.isEmpty()) {
      return EventStatus.PLANNED;
    }
    String given = node.get() instanceof YamlScalar s ? s.text() : node.get().describe();
    for (EventStatus status : EventStatus.values()) {
      if (status.planName().equals(given)) {
        return status;
      }
    }
    List<String> names = Arrays.stream(EventStatus.values()).map(EventStatus::planName).toList();
    diagnostics.error(DiagnosticCode.INVALID_VALUE, node.get().location(),
        "'status' of " + where + " is '" + given + "'; it must be one of " + String.join(", ", names) + "."
            + Suggestions.didYouMean(given, names));
    return EventStatus.PLANNED;
  }

  private Conversion conversion(YamlMap map, String where) {
    Optional<YamlNode> node = map.get("conversion");
    if (node.isEmpty() || (node.get() instanceof YamlScalar s0 && s0.kind() == YamlScalar.Kind.NULL)) {
      return Conversion.NONE;
    }
    if (node.get() instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) {
      return new Conversion(Boolean.parseBoolean(s.text()), "");
    }
    if (node.get() instanceof YamlScalar s && s.kind() == YamlScalar.Kind.STRING) {
      return new Conversion(true, s.text());
    }
    diagnostics.error(DiagnosticCode.INVALID_VALUE, node.get().location(),
        "'conversion' of " + where + " must be true, false or a sentence explaining the conversion, but it is "
            + node.get().describe() + ".");
    return Conversion.NONE;
  }

  private Optional<TraitsDef> traits(YamlMap doc, String section) {
    Optional<YamlMap.Entry> entry = doc.entry(section);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Optional<YamlMap> map = nodes.map(entry.get().value(), "'" + section + "'", "traits: {name: {type: ...}}");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    nodes.onlyKnownKeys(map.get(), TRAITS_KEYS, "'" + section + "'");
    List<PropertyDef> traits = propertyMap(map.get(), "traits", "the " + section + " traits", false);
    return Optional.of(new TraitsDef(
        nodes.text(map.get(), "description", "'" + section + "'").orElse(""), traits, entry.get().keyLocation()));
  }

  /** The optional {@code reports:} section; each named event must be one of the plan's. */
  private ReportSettings reports(YamlMap doc, List<EventDef> events) {
    Optional<YamlMap.Entry> entry = doc.entry("reports");
    if (entry.isEmpty()) {
      return ReportSettings.none(file);
    }
    Optional<YamlMap> map = nodes.map(entry.get().value(), "'reports'", "login_event: Logged In, signup_event: Signed Up");
    if (map.isEmpty()) {
      return ReportSettings.none(file);
    }
    nodes.onlyKnownKeys(map.get(), REPORTS_KEYS, "'reports'");
    return new ReportSettings(
        reportEvent(map.get(), "login_event", events),
        reportEvent(map.get(), "signup_event", events),
        entry.get().keyLocation());
  }

  private Optional<String> reportEvent(YamlMap reports, String key, List<EventDef> events) {
    Optional<String> name = nodes.text(reports, key, "'reports'");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = events.stream().map(EventDef::name).toList();
    if (!names.contains(name.get())) {
      diagnostics.error(DiagnosticCode.UNKNOWN_REFERENCE, reports.get(key).orElseThrow().location(),
          "'" + key + "' of 'reports' names event '" + name.get() + "', but the plan has no such event;"
              + " write the name of one of its events exactly as under 'events'."
              + Suggestions.didYouMean(name.get(), names));
    }
    return name;
  }
}
