package io.eventplan.codegen.java;

import static io.eventplan.codegen.java.SupportTypes.EVENT_TABLE;
import static io.eventplan.codegen.java.SupportTypes.JACKSON_EXCEPTION;
import static io.eventplan.codegen.java.SupportTypes.JSON_PARSER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the validator of an event or of traits: it streams the JSON with Jackson's {@code JsonParser},
 * checks every rule of the plan in generated code, and returns the typed record or every violation.
 */
final class ValidatorGenerator {
  private final EmitContext context;
  private final SupportTypes types;

  ValidatorGenerator(EmitContext context, SupportTypes types) {
    this.context = context;
    this.types = types;
  }

  TypeSpec generate(EventTypes event) {
    ClassName record = event.record().className();
    ReaderMethods readers = new ReaderMethods(types);
    String rootReader = readers.objectReader(event.record());
    TypeName result = ParameterizedTypeName.get(types.validationResult(), record);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(event.validator())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(types.eventValidator(), record))
            .addJavadoc(
                "Validates $L as the collector receives it: a JSON object of exactly the plan's properties.\n",
                Javadocs.escape(event.record().title()))
            .addJavadoc(
                "Every check is generated code; the result is the typed {@link $T} or every violation.\n\n",
                record)
            .addJavadoc("<p>Stateless and thread-safe. Source: $L.\n", Headers.source(context, event.record().location()));
    if (event.record().deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    type.addField(
        FieldSpec.builder(String.class, "EVENT_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(event.traits() ? "The traits this validator checks.\n" : "The event this validator checks.\n")
            .initializer("$S", event.name())
            .build());
    event.table().ifPresent(table -> type.addField(
        FieldSpec.builder(EVENT_TABLE, "TABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("How the warehouse keeps this event: its typed table, view and columns.\n")
            .initializer("$L", TablesCode.eventTable(table))
            .build()));
    return type.addFields(readers.fields())
        .addMethod(
            MethodSpec.methodBuilder("eventName")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return EVENT_NAME")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(result)
                .addParameter(byte[].class, "json")
                .addStatement("return $T.validateDocument(json, this)", types.validatorSupport())
                .build())
        .addMethod(validateParser(record, result, rootReader))
        .addMethods(readers.methods())
        .build();
  }

  private MethodSpec validateParser(ClassName record, TypeName result, String rootReader) {
    return MethodSpec.methodBuilder("validate")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(result)
        .addParameter(JSON_PARSER, "parser")
        .addStatement(
            "$T out = new $T<>()",
            ParameterizedTypeName.get(ClassName.get(List.class), types.violation()),
            ArrayList.class)
        .addStatement("$T value = null", record)
        .beginControlFlow("try")
        .beginControlFlow("if ($T.startObject(parser, out))", types.validatorSupport())
        .addStatement("value = $N(parser, $S, out)", rootReader, "")
        .endControlFlow()
        .nextControlFlow("catch ($T e)", JACKSON_EXCEPTION)
        .addStatement("$T.syntax(out, e)", types.validatorSupport())
        .endControlFlow()
        .addStatement("return $T.result(value, out)", types.validatorSupport())
        .build();
  }
}
