package io.eventplan.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.eventplan.plan.model.PlanInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Generates {@code EventRegistry}: the plan's name and version, and a validator per event name. */
final class RegistryGenerator {
  private final SupportTypes types;

  RegistryGenerator(SupportTypes types) {
    this.types = types;
  }

  TypeSpec generate(PlanInfo plan, List<EventTypes> all) {
    TypeName anyValidator = ParameterizedTypeName.get(types.eventValidator(), WildcardTypeName.subtypeOf(Object.class));
    TypeName byName = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), anyValidator);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addStatement("$T validators = new $T<>()", byName, LinkedHashMap.class);
    if (all.stream().anyMatch(event -> event.record().deprecated())) {
      constructor.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.eventRegistry())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("The validators of the plan \"$L\" (version $L), by event name.\n", Javadocs.escape(plan.name()), plan.version())
            .addJavadoc("Immutable and thread-safe; validators are stateless, so one registry can serve all threads.\n")
            .addField(constant(String.class, "PLAN_NAME", "$S", plan.name(), "The plan's name."))
            .addField(constant(int.class, "PLAN_VERSION", "$L", plan.version(), "The plan's version number."))
            .addField(byName, "validators", Modifier.PRIVATE, Modifier.FINAL);
    for (EventTypes event : all) {
      if (event.traits()) {
        type.addField(event.validator(), event.name(), Modifier.PRIVATE, Modifier.FINAL);
        constructor.addStatement("this.$N = new $T()", event.name(), event.validator());
        type.addMethod(
            MethodSpec.methodBuilder(event.name())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The validator of the $L traits.\n", event.name())
                .returns(event.validator())
                .addStatement("return $N", event.name())
                .build());
      } else {
        constructor.addStatement("validators.put($T.EVENT_NAME, new $T())", event.validator(), event.validator());
      }
    }
    constructor.addStatement("this.validators = $T.unmodifiableMap(validators)", Collections.class);
    return type.addMethod(constructor.build())
        .addMethod(getter("planName", String.class, "PLAN_NAME", "The plan's name."))
        .addMethod(getter("planVersion", int.class, "PLAN_VERSION", "The plan's version number."))
        .addMethod(
            MethodSpec.methodBuilder("validator")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The validator of the event named exactly {@code eventName}, if the plan has it.\n")
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), anyValidator))
                .addParameter(String.class, "eventName")
                .addStatement("return $T.ofNullable(validators.get(eventName))", Optional.class)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("validators")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Every event's validator by event name, in plan order (traits excluded).\n")
                .returns(byName)
                .addStatement("return validators")
                .build())
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
