package io.eventplan.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Emitter;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.Headers;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.codegen.warehouse.WarehouseLayout;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TraitsDef;
import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.PlanTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Emits the Java validators of a plan into {@link EmitContext#javaPackage()}, written against eventplan-runtime:
 *
 * <ol>
 *   <li>allocates every type and member name (plan names may be keywords, Unicode, or clash);
 *   <li>per event (and for people and company traits) a record and a validator, each event's with its table;
 *   <li>the {@code EventRegistry}, the plan as the runtime's {@code EventPlan} service, and the service file that
 *       registers it ({@value io.eventplan.runtime.EventPlan#SERVICE_FILE}).
 * </ol>
 */
public final class JavaEmitter implements Emitter {

  @Override
  public String id() {
    return "java";
  }

  @Override
  public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
    String javaPackage = context.javaPackage();
    SupportTypes types = SupportTypes.in(javaPackage);
    PlanTables tables = WarehouseLayout.of(plan);
    List<EventTypes> all = eventTypes(plan, javaPackage, tables);
    RecordGenerator records = new RecordGenerator(context);
    ValidatorGenerator validators = new ValidatorGenerator(context, types);
    List<TypeSpec> specs = new ArrayList<>();
    for (EventTypes event : all) {
      specs.add(records.generate(event.record()));
      specs.add(validators.generate(event));
    }
    specs.add(new RegistryGenerator(types).generate(plan.info(), all, tables));

    List<GeneratedFile> files = new ArrayList<>();
    for (TypeSpec spec : specs) {
      String source =
          JavaFile.builder(javaPackage, spec)
              .addFileComment("$L", Headers.text(context))
              .skipJavaLangImports(true)
              .build()
              .toString();
      files.add(file(javaPackage, spec.name(), source));
    }
    files.add(new GeneratedFile(OutputRoot.RESOURCES, EventPlan.SERVICE_FILE,
        "# " + Headers.text(context) + "\n" + types.eventRegistry().canonicalName() + "\n"));
    files.sort(Comparator.comparing(GeneratedFile::path));
    return List.copyOf(files);
  }

  /** Names first the traits (so that their names never depend on event names), then the events. */
  static List<EventTypes> eventTypes(TrackingPlan plan, String javaPackage, PlanTables tables) {
    TypeNameScope scope = new TypeNameScope(JavaNames.RESERVED_TYPE_NAMES);
    ClassName people = ClassName.get(javaPackage, scope.allocate("PeopleTraits"));
    ClassName peopleValidator = ClassName.get(javaPackage, scope.allocate("PeopleTraitsValidator"));
    ClassName companies = ClassName.get(javaPackage, scope.allocate("CompanyTraits"));
    ClassName companiesValidator = ClassName.get(javaPackage, scope.allocate("CompanyTraitsValidator"));
    List<EventTypes> all = new ArrayList<>();
    for (EventDef event : plan.events()) {
      String base = JavaNames.typeCandidate(event.name(), "Event") + (event.version() > 1 ? "V" + event.version() : "");
      ClassName record = ClassName.get(javaPackage, scope.allocate(base));
      ClassName validator = ClassName.get(javaPackage, scope.allocate(record.simpleName() + "Validator"));
      String title = EventTypes.describeEvent(event.name(), event.version());
      RecordShape shape =
          ShapeBuilder.record(
              record, title, event.description(), event.location(), event.isDeprecated(), event.properties());
      all.add(new EventTypes(event.name(), false, shape, validator,
          Optional.of(tables.events().get(plan.events().indexOf(event)))));
    }
    traits(plan.people(), "people", people, peopleValidator).ifPresent(all::add);
    traits(plan.companies(), "companies", companies, companiesValidator).ifPresent(all::add);
    return all;
  }

  private static Optional<EventTypes> traits(
      Optional<TraitsDef> traits, String name, ClassName record, ClassName validator) {
    return traits.map(
        def ->
            new EventTypes(
                name,
                true,
                ShapeBuilder.record(
                    record, "the " + name + " traits", def.description(), def.location(), false, def.traits()),
                validator,
                Optional.empty()));
  }

  private static GeneratedFile file(String javaPackage, String simpleName, String source) {
    String path = javaPackage.replace('.', '/') + "/" + simpleName + ".java";
    return new GeneratedFile(OutputRoot.JAVA_SOURCES, path, source);
  }
}
