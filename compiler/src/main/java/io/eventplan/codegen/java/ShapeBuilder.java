package io.eventplan.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import io.eventplan.plan.Location;
import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Builds the {@link RecordShape} of an event or of traits: allocates the name of every component,
 * nested record and enum, so that the record and validator generators agree on them.
 */
final class ShapeBuilder {

  private ShapeBuilder() {}

  /** The shape of a record named {@code className} holding {@code properties}, nested types included. */
  static RecordShape record(
      ClassName className,
      String title,
      String description,
      Location location,
      boolean deprecated,
      List<PropertyDef> properties) {
    List<String> reserved = new ArrayList<>(JavaNames.RESERVED_TYPE_NAMES);
    reserved.addAll(className.simpleNames()); // a nested type may not share a name with an enclosing one
    Scope scope = new Scope(className, new TypeNameScope(reserved));
    NameAllocator members = JavaNames.memberAllocator();
    List<Component> components = new ArrayList<>();
    for (PropertyDef property : properties) {
      String javaName = members.newName(JavaNames.memberCandidate(property.name(), "property"));
      String typeName = JavaNames.typeCandidate(property.name(), "Property");
      components.add(new Component(property, javaName, value(property, property.type(), typeName, scope)));
    }
    return new RecordShape(
        className, title, description, location, deprecated, components, scope.records, scope.enums);
  }

  private static ValueShape value(PropertyDef property, PropertyType type, String typeName, Scope scope) {
    switch (type.kind()) {
      case STRING:
        StringType string = (StringType) type;
        if (string.values().isEmpty()) {
          return new ValueShape.Scalar(type);
        }
        EnumShape shape = enumShape(scope.nested(typeName), property.description(), string.values());
        scope.enums.add(shape);
        return new ValueShape.Enumerated(string, shape);
      case ARRAY:
        ArrayType array = (ArrayType) type;
        return new ValueShape.ListOf(array, value(property, array.items(), typeName + "Item", scope));
      case OBJECT:
        RecordShape nested =
            record(
                scope.nested(typeName),
                "the object property \"" + property.name() + "\"",
                property.description(),
                property.location(),
                false,
                ((ObjectType) type).properties());
        scope.records.add(nested);
        return new ValueShape.Nested(type, nested);
      default:
        return new ValueShape.Scalar(type);
    }
  }

  private static EnumShape enumShape(ClassName className, String description, List<String> values) {
    NameAllocator constants = new NameAllocator();
    List<EnumShape.Constant> list = new ArrayList<>();
    for (String value : new LinkedHashSet<>(values)) {
      list.add(new EnumShape.Constant(constants.newName(JavaNames.constantCandidate(value)), value));
    }
    return new EnumShape(className, description, list);
  }

  /** The record being built: its name, the names taken inside it and the nested types found so far. */
  private static final class Scope {
    final ClassName owner;
    final TypeNameScope names;
    final List<RecordShape> records = new ArrayList<>();
    final List<EnumShape> enums = new ArrayList<>();

    Scope(ClassName owner, TypeNameScope names) {
      this.owner = owner;
      this.names = names;
    }

    ClassName nested(String candidate) {
      return owner.nestedClass(names.allocate(candidate));
    }
  }
}
