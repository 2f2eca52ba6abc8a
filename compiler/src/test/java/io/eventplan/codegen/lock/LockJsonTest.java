package io.eventplan.codegen.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockJsonTest {

  private static final String PLAN = """
      plan: {name: Test, version: 3}
      events:
        Order Completed:
          description: "Paid; it's done."
          version: 2
          properties:
            total: {type: number, min: 0, max: 1e10, values: [1.5, 2, 100]}
            count: {type: integer, min: -9007199254740991, max: 9007199254740991}
            code: {type: string, pattern: "^[a-z']+$", min_length: 1, max_length: 5, values: [ab, "c'd"]}
            items:
              type: array
              min_items: 1
              max_items: 3
              items: {type: object, properties: {sku: {type: string, required: true}}}
            gift: {type: boolean, deprecated: true}
      people:
        description: People.
        traits:
          email: {type: email, required: true}
      """;

  private static TrackingPlan plan() {
    return PlanLoader.load("tracking-plan.yaml", PLAN.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT).orThrow();
  }

  @Test
  void roundTripKeepsEverySnapshotAndChangeset() {
    PlanSnapshot snapshot = PlanSnapshot.of(plan());
    Changeset changeset = new Changeset("0001-create-x", "eventplan", 3, "plan version 3: create", "CREATE TABLE \"x\" (\n  \"a\" text\n);");
    LockFile lock = LockFile.EMPTY.append(snapshot, List.of(changeset));

    String json = LockJson.write(lock);
    LockFile read = LockJson.read("tracking-plan.lock.json", json);

    assertThat(read).isEqualTo(lock);
    assertThat(LockJson.write(read)).isEqualTo(json);
  }

  @Test
  void textIsStableIndentedAndEndsWithANewline() {
    LockFile lock = LockFile.EMPTY.append(PlanSnapshot.of(plan()), List.of());
    String json = LockJson.write(lock);
    assertThat(json).startsWith("{\n  \"format\": 1,\n  \"generator\": \"eventplan\",\n  \"snapshots\": [\n");
    assertThat(json).endsWith("  \"changesets\": []\n}\n");
    assertThat(json).contains("\"min\": 0,", "\"max\": 10000000000\n", "\"max\": 9007199254740991", "\"values\": [\n");
    assertThat(json).doesNotContain("\r", "\"deprecated\": false", " : ");
    assertThat(LockJson.write(LockFile.EMPTY.append(PlanSnapshot.of(plan()), List.of()))).isEqualTo(json);
  }

  @Test
  void numbersCompareEqualWhateverTheirSpelling() {
    String json = LockJson.write(LockFile.EMPTY.append(PlanSnapshot.of(plan()), List.of()))
        .replace("\"min\": 0,", "\"min\": 0.00,");
    assertThat(LockJson.read("lock", json).latest()).contains(PlanSnapshot.of(plan()));
  }

  @Test
  void unreadableLocksSayWhy() {
    assertThatThrownBy(() -> LockJson.read("tracking-plan.lock.json", "{"))
        .isInstanceOf(LockFileException.class)
        .hasMessageStartingWith("tracking-plan.lock.json: not valid JSON: ");
    assertThatThrownBy(() -> LockJson.read("tracking-plan.lock.json", "{\"format\": 2}"))
        .hasMessage("tracking-plan.lock.json: lock format 2 is not supported by this eventplan (it reads format 1);"
            + " use the eventplan version that wrote it, or a newer one");
    assertThatThrownBy(() -> LockJson.read("tracking-plan.lock.json", "{\"format\": 1, \"snapshots\": []}"))
        .hasMessage("tracking-plan.lock.json: member 'changesets' is missing");
  }
}
