package io.eventplan.codegen.java;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Generates the Java enum of a string property with {@code values}: one constant per wire value. */
final class EnumGenerator {

  private EnumGenerator() {}

  static TypeSpec generate(EnumShape shape) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(shape.className())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L", shape.description().isBlank() ? "" : Javadocs.escape(shape.description()) + "\n\n")
            .addJavadoc("<p>The allowed values; {@link #wire()} is the exact text sent in events.\n");
    MethodSpec.Builder fromWire =
        MethodSpec.methodBuilder("fromWire")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("The constant for {@code wire}, or null when the plan does not allow that value.\n")
            .returns(shape.className())
            .addParameter(String.class, "wire")
            .beginControlFlow("switch (wire)");
    for (EnumShape.Constant constant : shape.constants()) {
      type.addEnumConstant(
          constant.javaName(),
          TypeSpec.anonymousClassBuilder("$S", constant.wireValue())
              .addJavadoc("<code>$L</code>\n", Javadocs.escape(constant.wireValue()))
              .build());
      fromWire.addStatement("case $S: return $N", constant.wireValue(), constant.javaName());
    }
    fromWire.addStatement("default: return null").endControlFlow();
    return type.addField(String.class, "wire", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(String.class, "wire")
                .addStatement("this.wire = wire")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("wire")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The value as sent in events.\n")
                .returns(String.class)
                .addStatement("return wire")
                .build())
        .addMethod(fromWire.build())
        .build();
  }
}
