package io.eventplan.codegen.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates the typed record of an event or of traits: one component per property, nested records for
 * objects and enums for {@code values}. Optional properties are nullable components.
 */
final class RecordGenerator {
  private final EmitContext context;

  RecordGenerator(EmitContext context) {
    this.context = context;
  }

  TypeSpec generate(RecordShape shape) {
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(shape.className()).addModifiers(Modifier.PUBLIC).addJavadoc(javadoc(shape));
    if (shape.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
    MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (Component component : shape.components()) {
      ParameterSpec parameter =
          ParameterSpec.builder(JavaTypes.of(component.value(), component.required()), component.javaName()).build();
      canonical.addParameter(parameter);
      compact.addParameter(parameter);
      compact.addCode(check(component));
      if (component.property().deprecated()) {
        type.addMethod(deprecatedAccessor(component, parameter));
      }
    }
    MethodSpec compactConstructor = compact.build();
    type.recordConstructor(compactConstructor.code().isEmpty() ? canonical.build() : compactConstructor);
    shape.enums().forEach(shapeOfEnum -> type.addType(EnumGenerator.generate(shapeOfEnum)));
    shape.nestedRecords().forEach(nested -> type.addType(generate(nested)));
    return type.build();
  }

  /**
   * The accessor of a deprecated property, declared to carry {@code @Deprecated} (javac 17 warns about the
   * annotation on a record component).
   */
  private static MethodSpec deprecatedAccessor(Component component, ParameterSpec parameter) {
    return MethodSpec.methodBuilder(component.javaName())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Deprecated.class)
        .addJavadoc("The value of <code>$L</code>.\n\n", Javadocs.escape(component.jsonName()))
        .addJavadoc("@deprecated the plan deprecates this property; it is still accepted\n")
        .returns(parameter.type())
        .addStatement("return $N", component.javaName())
        .build();
  }

  /** Required references must be present; lists are copied so that a record stays immutable. */
  private static CodeBlock check(Component component) {
    String name = component.javaName();
    String missing = component.jsonName() + " is required";
    if (component.value() instanceof ValueShape.ListOf) {
      return component.required()
          ? CodeBlock.of("$N = $T.copyOf($T.requireNonNull($N, $S));\n", name, List.class, Objects.class, name, missing)
          : CodeBlock.of("$N = $N == null ? null : $T.copyOf($N);\n", name, name, List.class, name);
    }
    if (component.required() && JavaTypes.isReference(component.value(), true)) {
      return CodeBlock.of("$T.requireNonNull($N, $S);\n", Objects.class, name, missing);
    }
    return CodeBlock.of("");
  }

  private CodeBlock javadoc(RecordShape shape) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!shape.description().isBlank()) {
      doc.add("$L\n\n", Javadocs.escape(shape.description()));
    }
    doc.add("<p>The typed form of $L; source: $L.\n", Javadocs.escape(shape.title()), source(shape));
    if (shape.components().stream().anyMatch(component -> !component.required())) {
      doc.add("Optional properties are nullable components: null means the event did not carry the member.\n");
    }
    if (!shape.components().isEmpty()) {
      doc.add("\n");
    }
    for (Component component : shape.components()) {
      doc.add("@param $N $L\n", component.javaName(), parameterDoc(component));
    }
    return doc.build();
  }

  private String source(RecordShape shape) {
    return Headers.source(context, shape.location());
  }

  /** {@code <code>user_id</code> (string, at most 255 characters; optional): Id of the user.} */
  private static String parameterDoc(Component component) {
    StringBuilder text = new StringBuilder();
    text.append("<code>").append(Javadocs.escape(component.jsonName())).append("</code> (");
    text.append(Javadocs.constraints(component.value().type()));
    text.append(component.required() ? "; required" : "; optional, null when absent");
    text.append(component.property().deprecated() ? "; deprecated)" : ")");
    String description = component.property().description();
    if (!description.isBlank()) {
      text.append(": ").append(Javadocs.escape(description));
    }
    return text.toString();
  }
}
