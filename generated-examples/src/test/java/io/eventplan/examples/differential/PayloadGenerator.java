package io.eventplan.examples.differential;

import io.eventplan.plan.model.PropertyDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;
import tools.jackson.databind.util.RawValue;

/**
 * Generates payloads for the targets of any plan from its model: a quarter valid, the rest valid ones broken
 * by exactly one rule, the kinds of mutation taken in turn. The same seed gives the same payloads.
 */
final class PayloadGenerator {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Mutation[] MUTATIONS = {
    Mutation.MISSING_REQUIRED, Mutation.WRONG_TYPE, Mutation.NULL_VALUE, Mutation.OUT_OF_ENUM, Mutation.OUT_OF_RANGE,
    Mutation.BAD_FORMAT, Mutation.EXTRA_PROPERTY, Mutation.TOO_LONG, Mutation.TOO_SHORT, Mutation.PATTERN_MISMATCH,
    Mutation.TOO_MANY_ITEMS, Mutation.TOO_FEW_ITEMS
  };

  private final ValueGenerator values;
  private final Mutator mutator;
  /** Per target, the turn of the next kind of mutation, so that each target goes through every kind. */
  private final Map<Target, Integer> turns = new HashMap<>();

  PayloadGenerator(long seed) {
    this.values = new ValueGenerator(new Rng(seed));
    this.mutator = new Mutator(values);
  }

  /** {@code count} payloads spread evenly over {@code targets}. */
  List<Payload> generate(List<Target> targets, int count) {
    List<Payload> payloads = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Target target = targets.get(i % targets.size());
      payloads.add((i / targets.size()) % 4 == 0 ? valid(target) : mutated(target));
    }
    return payloads;
  }

  private Payload valid(Target target) {
    ObjectNode payload = values.object(target.properties());
    return new Payload(target, JSON.writeValueAsString(payload), true, Mutation.NONE, null, null, needsExactReading(payload));
  }

  /** The next kind of mutation that some place of a fresh valid payload admits (extra members always fit). */
  private Payload mutated(Target target) {
    List<PropertyDef> properties = target.properties();
    for (int tries = 0; tries < MUTATIONS.length; tries++) {
      int turn = turns.merge(target, 1, Integer::sum) - 1;
      Mutation kind = MUTATIONS[turn % MUTATIONS.length];
      ObjectNode payload = values.object(properties);
      Optional<Mutator.Applied> applied = mutator.apply(payload, properties, kind);
      if (applied.isPresent()) {
        return new Payload(target, JSON.writeValueAsString(payload), false, kind, applied.get().path(),
            applied.get().rule(), needsExactReading(payload));
      }
    }
    throw new AssertionError("no mutation applies to " + target.name());
  }

  private static boolean needsExactReading(JsonNode node) {
    if (node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue raw) {
      return Decimals.needsExactReading(String.valueOf(raw.rawValue()));
    }
    for (JsonNode child : node) {
      if (needsExactReading(child)) {
        return true;
      }
    }
    return false;
  }
}
