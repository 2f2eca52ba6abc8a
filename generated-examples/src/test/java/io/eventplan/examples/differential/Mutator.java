package io.eventplan.examples.differential;

import static io.eventplan.examples.differential.ValueGenerator.NODES;

import io.eventplan.examples.differential.BrokenValues.Broken;
import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Breaks one rule at one random place of a valid payload, walking the payload along the plan's properties. */
final class Mutator {
  /** Where the payload now breaks a rule (a JSON Pointer) and which rule, as the Java validators name it. */
  record Applied(String path, String rule) {}

  /** A present value: a member of an object or an item of an array. */
  private record Value(JsonNode parent, String member, int index, PropertyType type, boolean required,
      List<Object> examples, String pointer) {
    void replace(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(member, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  /** An optional property left out. */
  private record Absent(ObjectNode parent, PropertyDef property, String pointer) {}

  /** An object of the payload (itself included) with the properties it may have. */
  private record Container(ObjectNode node, List<PropertyDef> properties, String pointer) {}

  private static final List<String> EXTRA_NAMES =
      List.of("extra", "event", "Event", "__proto__", "constructor", "", "😀", "a/b~c", "userId", "null");

  private final ValueGenerator values;
  private final BrokenValues broken;
  private final Rng rng;
  private final List<Value> presents = new ArrayList<>();
  private final List<Absent> absents = new ArrayList<>();
  private final List<Container> objects = new ArrayList<>();

  Mutator(ValueGenerator values) {
    this.values = values;
    this.broken = new BrokenValues(values);
    this.rng = values.rng();
  }

  /** Applies {@code kind} at a random place of {@code payload} that admits it; empty when none does. */
  Optional<Applied> apply(ObjectNode payload, List<PropertyDef> properties, Mutation kind) {
    presents.clear();
    absents.clear();
    objects.clear();
    walk(payload, properties, "");
    List<Value> places = new ArrayList<>(presents);
    Collections.shuffle(places, new Random(rng.nextLong()));
    switch (kind) {
      case EXTRA_PROPERTY:
        return Optional.of(extra(rng.pick(objects)));
      case NULL_VALUE:
        if (!absents.isEmpty() && rng.chance(0.3)) {
          Absent absent = rng.pick(absents);
          absent.parent().putNull(absent.property().name());
          return Optional.of(new Applied(absent.pointer(), "type"));
        }
        return places.stream().findFirst().map(place -> {
          place.replace(NODES.nullNode());
          return new Applied(place.pointer(), "type");
        });
      case MISSING_REQUIRED:
        return places.stream().filter(place -> place.required() && place.parent() instanceof ObjectNode).findFirst()
            .map(place -> {
              ((ObjectNode) place.parent()).remove(place.member());
              return new Applied(place.pointer(), "required");
            });
      case TOO_MANY_ITEMS:
      case TOO_FEW_ITEMS:
        return items(places, kind);
      default:
        for (Value place : places) {
          Optional<Broken> value = brokenValue(place, kind);
          if (value.isPresent()) {
            place.replace(value.get().value());
            return Optional.of(new Applied(place.pointer(), value.get().rule()));
          }
        }
        return Optional.empty();
    }
  }

  private Optional<Broken> brokenValue(Value place, Mutation kind) {
    switch (kind) {
      case WRONG_TYPE:
        return Optional.of(broken.wrongType(place.type()));
      case OUT_OF_ENUM:
        return broken.outOfValues(place.type());
      case OUT_OF_RANGE:
        return broken.outOfRange(place.type());
      case BAD_FORMAT:
        return broken.badFormat(place.type());
      case TOO_LONG:
        return broken.tooLong(place.type(), place.examples());
      case TOO_SHORT:
        return broken.tooShort(place.type(), place.examples());
      case PATTERN_MISMATCH:
        return broken.patternMismatch(place.type(), place.examples());
      default:
        throw new IllegalArgumentException(kind.toString());
    }
  }

  private Applied extra(Container object) {
    List<String> names = object.properties().stream().map(PropertyDef::name).toList();
    String name = EXTRA_NAMES.stream().filter(candidate -> !names.contains(candidate))
        .skip(rng.between(0, 3)).findFirst().orElse("extra_member");
    object.node().set(name, rng.pick(NODES.stringNode("x"), ValueGenerator.number("1"), NODES.booleanNode(true),
        NODES.objectNode(), NODES.arrayNode()));
    return new Applied(object.pointer() + "/" + escape(name), "additionalProperties");
  }

  /** One item too many or too few: existing items are kept, new ones are valid. */
  private Optional<Applied> items(List<Value> places, Mutation kind) {
    for (Value place : places) {
      if (!(place.type() instanceof ArrayType array)) {
        continue;
      }
      ArrayNode items = (ArrayNode) (place.parent() instanceof ObjectNode object
          ? object.get(place.member()) : place.parent().get(place.index()));
      if (kind == Mutation.TOO_MANY_ITEMS && array.maxItems().isPresent()) {
        int count = array.maxItems().get() + rng.between(1, 3);
        ArrayNode more = values.array(array, place.examples(), count - items.size());
        items.addAll(more);
        return Optional.of(new Applied(place.pointer(), "maxItems"));
      }
      if (kind == Mutation.TOO_FEW_ITEMS && array.minItems().orElse(0) > 0) {
        int count = rng.between(0, array.minItems().get() - 1);
        while (items.size() > count) {
          items.remove(items.size() - 1);
        }
        return Optional.of(new Applied(place.pointer(), "minItems"));
      }
    }
    return Optional.empty();
  }

  private void walk(ObjectNode object, List<PropertyDef> properties, String pointer) {
    objects.add(new Container(object, properties, pointer));
    for (PropertyDef property : properties) {
      String child = pointer + "/" + escape(property.name());
      JsonNode value = object.get(property.name());
      if (value == null) {
        absents.add(new Absent(object, property, child));
        continue;
      }
      presents.add(new Value(object, property.name(), -1, property.type(), property.required(), property.examples(), child));
      descend(value, property.type(), property.examples(), child);
    }
  }

  private void descend(JsonNode value, PropertyType type, List<Object> examples, String pointer) {
    if (type instanceof ObjectType object) {
      walk((ObjectNode) value, object.properties(), pointer);
    } else if (type instanceof ArrayType array) {
      List<Object> itemExamples = ValueGenerator.itemExamples(examples);
      for (int i = 0; i < value.size(); i++) {
        presents.add(new Value(value, null, i, array.items(), false, itemExamples, pointer + "/" + i));
        descend(value.get(i), array.items(), itemExamples, pointer + "/" + i);
      }
    }
  }

  static String escape(String member) {
    return member.replace("~", "~0").replace("/", "~1");
  }
}
