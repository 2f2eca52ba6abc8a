package io.eventplan.codegen.java;

import static io.eventplan.codegen.java.SupportTypes.EVENT_PLAN;
import static io.eventplan.codegen.java.SupportTypes.EVENT_TABLE;
import static io.eventplan.codegen.java.SupportTypes.EVENT_VALIDATOR;
import static io.eventplan.codegen.java.SupportTypes.PLAN_TABLES;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.eventplan.plan.model.PlanInfo;
import io.eventplan.runtime.PlanTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code EventRegistry}: the plan's name and version, a validator per event name, and the plan as the
 * runtime's {@code EventPlan} service (its tables and columns), registered for {@link java.util.ServiceLoader}.
 * Events are added by methods of {@value #EVENTS_PER_METHOD} each, so that a plan of any size stays within the JVM's
 * limits on a method's size.
 */
final class RegistryGenerator {
  static final int EVENTS_PER_METHOD = 400;

  private static final TypeName ANY_VALIDATOR =
      ParameterizedTypeName.get(EVENT_VALIDATOR, WildcardTypeName.subtypeOf(Object.class));
  private static final TypeName BY_NAME =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ANY_VALIDATOR);
  private static final TypeName TABLE_LIST = ParameterizedTypeName.get(ClassName.get(List.class), EVENT_TABLE);

  private final SupportTypes types;

  RegistryGenerator(SupportTypes types) {
    this.types = types;
  }

  TypeSpec generate(PlanInfo plan, List<EventTypes> all, PlanTables tables) {
    List<EventTypes> events = all.stream().filter(e -> !e.traits()).toList();
    boolean deprecated = all.stream().anyMatch(event -> event.record().deprecated());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.eventRegistry())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(EVENT_PLAN)
            .addJavadoc("The plan \"$L\" (version $L): its validators by event name, and its warehouse tables.\n",
                Javadocs.escape(plan.name()), plan.version())
            .addJavadoc("Immutable and thread-safe; validators are stateless, so one registry can serve all threads.\n")
            .addJavadoc("Registered as the {@code $T} service, which the collector and the test kit find.\n", EVENT_PLAN)
            .addField(constant(String.class, "PLAN_NAME", "$S", plan.name(), "The plan's name."))
            .addField(constant(int.class, "PLAN_VERSION", "$L", plan.version(), "The plan's version number."))
            .addField(FieldSpec.builder(BY_NAME, "VALIDATORS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build())
            .addField(FieldSpec.builder(PLAN_TABLES, "TABLES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build());
    CodeBlock.Builder init = CodeBlock.builder()
        .addStatement("$T validators = new $T<>()", BY_NAME, LinkedHashMap.class)
        .addStatement("$T tables = new $T<>()", TABLE_LIST, ArrayList.class);
    for (int from = 0; from < events.size(); from += EVENTS_PER_METHOD) {
      List<EventTypes> chunk = events.subList(from, Math.min(events.size(), from + EVENTS_PER_METHOD));
      String method = "addEvents" + (from / EVENTS_PER_METHOD);
      init.addStatement("$N(validators, tables)", method);
      type.addMethod(addEvents(method, chunk, deprecated));
    }
    init.addStatement("VALIDATORS = $T.unmodifiableMap(validators)", Collections.class)
        .addStatement("TABLES = new $T(tables, $L, $L, $L, $L)", PLAN_TABLES,
            optional(tables.people().map(TablesCode::traitsTable)),
            optional(tables.companies().map(TablesCode::traitsTable)),
            optional(tables.loginEvent().map(name -> CodeBlock.of("$S", name))),
            optional(tables.signupEvent().map(name -> CodeBlock.of("$S", name))));
    type.addStaticBlock(init.build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The plan; any number of registries share the same validators.\n")
        .build());
    Optional<EventTypes> people = all.stream().filter(e -> e.traits() && e.name().equals("people")).findFirst();
    Optional<EventTypes> companies = all.stream().filter(e -> e.traits() && e.name().equals("companies")).findFirst();
    people.ifPresent(p -> addTraits(type, p));
    companies.ifPresent(c -> addTraits(type, c));
    return type
        .addMethod(getter("planName", String.class, "PLAN_NAME", "The plan's name."))
        .addMethod(getter("planVersion", int.class, "PLAN_VERSION", "The plan's version number."))
        .addMethod(override("name", ClassName.get(String.class), "return PLAN_NAME"))
        .addMethod(override("version", TypeName.INT, "return PLAN_VERSION"))
        .addMethod(override("validators", BY_NAME, "return VALIDATORS"))
        .addMethod(override("tables", PLAN_TABLES, "return TABLES"))
        .addMethod(override("peopleValidator", optionalOf(ANY_VALIDATOR),
            people.isPresent() ? "return $T.of(people())" : "return $T.empty()", Optional.class))
        .addMethod(override("companiesValidator", optionalOf(ANY_VALIDATOR),
            companies.isPresent() ? "return $T.of(companies())" : "return $T.empty()", Optional.class))
        .addMethod(
            MethodSpec.methodBuilder("validator")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The validator of the event named exactly {@code eventName}, if the plan has it.\n")
                .returns(optionalOf(ANY_VALIDATOR))
                .addParameter(String.class, "eventName")
                .addStatement("return $T.ofNullable(VALIDATORS.get(eventName))", Optional.class)
                .build())
        .build();
  }

  private static MethodSpec addEvents(String name, List<EventTypes> events, boolean deprecated) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(BY_NAME, "validators")
        .addParameter(TABLE_LIST, "tables");
    if (deprecated) {
      method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
    for (EventTypes event : events) {
      method.addStatement("validators.put($T.EVENT_NAME, new $T())", event.validator(), event.validator())
          .addStatement("tables.add($T.TABLE)", event.validator());
    }
    return method.build();
  }

  /** A shared validator of traits and its typed getter, {@code people()} or {@code companies()}. */
  private static void addTraits(TypeSpec.Builder type, EventTypes traits) {
    String field = traits.name().toUpperCase(java.util.Locale.ROOT);
    type.addField(FieldSpec.builder(traits.validator(), field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", traits.validator())
        .build());
    type.addMethod(MethodSpec.methodBuilder(traits.name())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The validator of the $L traits.\n", traits.name())
        .returns(traits.validator())
        .addStatement("return $N", field)
        .build());
  }

  private static CodeBlock optional(Optional<CodeBlock> value) {
    return value.map(v -> CodeBlock.of("$T.of($L)", Optional.class, v)).orElse(CodeBlock.of("$T.empty()", Optional.class));
  }

  private static TypeName optionalOf(TypeName type) {
    return ParameterizedTypeName.get(ClassName.get(Optional.class), type);
  }

  private static MethodSpec override(String name, TypeName returns, String statement, Object... args) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement(statement, args)
        .build();
  }

  private static FieldSpec constant(Class<?> type, String name, String format, Object value, String doc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc)
        .initializer(format, value)
        .build();
  }

  private static MethodSpec getter(String name, Class<?> type, String constant, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n", doc)
        .returns(type)
        .addStatement("return $N", constant)
        .build();
  }
}
