package io.eventplan.codegen.java;

import static io.eventplan.codegen.java.SupportTypes.JSON_PARSER;
import static io.eventplan.codegen.java.SupportTypes.JSON_TOKEN;
import static io.eventplan.codegen.java.SupportTypes.RE2_PATTERN;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.eventplan.plan.pattern.PlanPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The private static members of one validator: a reader method per object and per array, and a
 * pre-compiled {@link Pattern} per regular expression. Each is generated once, on first use.
 */
final class ReaderMethods {
  /** Names the reader methods use for their parameters and own locals; properties get other names. */
  private static final List<String> LOCALS =
      List.of("parser", "path", "out", "before", "member", "token", "text", "number", "item", "items");

  private final SupportTypes types;
  private final ValueChecks checks;
  private final NameAllocator names = new NameAllocator();
  private final Map<ClassName, String> objectReaders = new LinkedHashMap<>();
  private final Map<String, String> patternFields = new LinkedHashMap<>();
  private final List<MethodSpec> methods = new ArrayList<>();
  private final List<FieldSpec> fields = new ArrayList<>();

  ReaderMethods(SupportTypes types) {
    this.types = types;
    this.checks = new ValueChecks(types, this);
    List.of("EVENT_NAME", "eventName", "validate").forEach(names::newName);
  }

  List<MethodSpec> methods() {
    return List.copyOf(methods);
  }

  List<FieldSpec> fields() {
    return List.copyOf(fields);
  }

  /**
   * The field holding the plan pattern {@code regex} in RE2's syntax, compiled once when the validator class loads
   * (RE2 matches in linear time); named after {@code hint}.
   */
  String patternField(String regex, String hint) {
    return patternFields.computeIfAbsent(
        regex,
        key -> {
          String name = names.newName("PATTERN_" + JavaNames.constantCandidate(hint));
          fields.add(
              FieldSpec.builder(RE2_PATTERN, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .addJavadoc("The plan pattern {@code $L}.\n", Javadocs.escape(regex))
                  .initializer("$T.compile($S)", RE2_PATTERN, PlanPattern.of(regex).re2())
                  .build());
          return name;
        });
  }

  /** The method reading an object into {@code shape}'s record; the parser is at its START_OBJECT. */
  String objectReader(RecordShape shape) {
    String existing = objectReaders.get(shape.className());
    if (existing != null) {
      return existing;
    }
    String name = names.newName("read" + shape.className().simpleName());
    objectReaders.put(shape.className(), name);
    int slot = reserveSlot();
    methods.set(slot, objectMethod(name, shape));
    return name;
  }

  /** The method reading an array into a list; the parser is at its START_ARRAY. */
  String arrayReader(ValueShape.ListOf list, String hint) {
    String name = names.newName("read" + hint);
    int slot = reserveSlot();
    TypeName itemType = JavaTypes.boxed(list.items());
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("$T items = new $T<>()", JavaTypes.boxed(list), ArrayList.class)
            .beginControlFlow(
                "for ($T token = parser.nextToken(); token != $T.END_ARRAY; token = parser.nextToken())",
                JSON_TOKEN,
                JSON_TOKEN)
            .addStatement("$T item = null", itemType)
            .add(checks.read(list.items(), "item", CodeBlock.of("path + \"/\" + items.size()"), hint + "Item"))
            .addStatement("items.add(item)")
            .endControlFlow();
    list.type()
        .minItems()
        .ifPresent(min -> sizeCheck(body, "items.size() < " + min, "minItems", "must have at least " + min + " items"));
    list.type()
        .maxItems()
        .ifPresent(max -> sizeCheck(body, "items.size() > " + max, "maxItems", "must have at most " + max + " items"));
    body.addStatement("return items");
    methods.set(slot, reader(name, JavaTypes.boxed(list)).addCode(body.build()).build());
    return name;
  }

  private void sizeCheck(CodeBlock.Builder body, String test, String rule, String message) {
    body.beginControlFlow("if ($L)", test)
        .addStatement("out.add(new $T(path, $S, $S))", types.violation(), rule, message)
        .endControlFlow();
  }

  private MethodSpec objectMethod(String name, RecordShape shape) {
    NameAllocator locals = new NameAllocator();
    LOCALS.forEach(locals::newName);
    List<Component> components = shape.components();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < components.size(); i += 64) {
      seen.add(locals.newName("seen" + i / 64));
    }
    CodeBlock.Builder body = CodeBlock.builder().addStatement("int before = out.size()");
    seen.forEach(word -> body.addStatement("long $N = 0L", word));
    List<String> variables = new ArrayList<>();
    for (Component component : components) {
      String variable = locals.newName(component.javaName());
      variables.add(variable);
      TypeName type = JavaTypes.of(component.value(), component.required());
      body.addStatement("$T $N = $L", type, variable, initialValue(type));
    }
    body.beginControlFlow("for (String member = parser.nextName(); member != null; member = parser.nextName())")
        .addStatement("$T token = parser.nextToken()", JSON_TOKEN)
        .beginControlFlow("switch (member)");
    for (int i = 0; i < components.size(); i++) {
      Component component = components.get(i);
      String word = seen.get(i / 64);
      String bit = "0x" + Long.toHexString(1L << (i % 64)) + "L";
      CodeBlock path = memberPath(component);
      body.add("case $S:\n", component.jsonName())
          .indent()
          .beginControlFlow("if (($N & $L) != 0L)", word, bit)
          .addStatement("$T.duplicate(out, $L)", types.validatorSupport(), path)
          .endControlFlow()
          .addStatement("$N |= $L", word, bit)
          .add(checks.read(component.value(), variables.get(i), path, hintFor(shape, component)))
          .addStatement("break")
          .unindent();
    }
    body.add("default:\n")
        .indent()
        .addStatement("$T.unknownMember(parser, out, path, member)", types.validatorSupport())
        .unindent()
        .endControlFlow()
        .endControlFlow();
    for (int i = 0; i < components.size(); i++) {
      if (components.get(i).required()) {
        body.beginControlFlow("if (($N & 0x$LL) == 0L)", seen.get(i / 64), Long.toHexString(1L << (i % 64)))
            .addStatement("$T.missing(out, $L)", types.validatorSupport(), memberPath(components.get(i)))
            .endControlFlow();
      }
    }
    body.addStatement(
        "return out.size() == before ? new $T($L) : null", shape.className(), String.join(", ", variables));
    return reader(name, shape.className()).addCode(body.build()).build();
  }

  private static CodeBlock memberPath(Component component) {
    return CodeBlock.of("path + $S", JavaNames.pointerSegment(component.jsonName()));
  }

  private static String hintFor(RecordShape shape, Component component) {
    String property = JavaNames.typeCandidate(component.jsonName(), "Property");
    return shape.className().simpleNames().size() == 1 ? property : shape.className().simpleName() + property;
  }

  private MethodSpec.Builder reader(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(returns)
        .addParameter(JSON_PARSER, "parser")
        .addParameter(String.class, "path")
        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), types.violation()), "out");
  }

  private int reserveSlot() {
    methods.add(null);
    return methods.size() - 1;
  }

  private static String initialValue(TypeName type) {
    if (type.equals(TypeName.LONG)) {
      return "0L";
    }
    if (type.equals(TypeName.DOUBLE)) {
      return "0.0";
    }
    return type.equals(TypeName.BOOLEAN) ? "false" : "null";
  }
}
