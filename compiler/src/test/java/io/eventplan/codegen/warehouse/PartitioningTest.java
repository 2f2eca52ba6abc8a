package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.lock.LockFile;
import io.eventplan.plan.model.TrackingPlan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code warehousePartitioning=month}: events and the typed tables are created partitioned by their receive time,
 * keyed and linked by (id, receive time), the event_ids changeset follows the ledger and names every typed table,
 * and the choice cannot change once the lock holds the events table. The DDL itself runs against PostgreSQL in the
 * collector's MonthPartitionsTest.
 */
class PartitioningTest {
  private static final EmitContext MONTH = Plans.CONTEXT.withPartitioning(Partitioning.MONTH);

  @Test
  void eventsAndTypedTablesArePartitionedByMonthOfReceiptAndTheOthersStayPlain() {
    WarehouseResult result = WarehouseGeneration.generate(plan(1, "  Logged In: {}\n"), MONTH, Optional.empty());
    String changelog = result.changelog();

    assertThat(sqlOf(result.lock(), "create-events"))
        .contains("  \"event_id\" uuid NOT NULL,\n")
        .contains("  PRIMARY KEY (\"event_id\", \"received_at\")\n) PARTITION BY RANGE (\"received_at\");");
    assertThat(sqlOf(result.lock(), "create-logged_in"))
        .contains("  \"_event_id\" uuid NOT NULL,\n")
        .contains("  PRIMARY KEY (\"_event_id\", \"_received_at\"),\n"
            + "  FOREIGN KEY (\"_event_id\", \"_received_at\") REFERENCES \"events\" (\"event_id\", \"received_at\")"
            + " ON DELETE CASCADE\n) PARTITION BY RANGE (\"_received_at\");");
    assertThat(sqlOf(result.lock(), "create-people")).doesNotContain("PARTITION");
    assertThat(sqlOf(result.lock(), "create-rejected_events")).doesNotContain("PARTITION");
    assertThat(changelog.indexOf("--changeset eventplan:reporting-event-ids runOnChange:true splitStatements:false"))
        .isGreaterThan(changelog.indexOf("-create-logged_in"))
        .isLessThan(changelog.indexOf("--changeset eventplan:reporting-refusals"));
    assertThat(changelog).contains("CREATE TRIGGER \"event_ids_keep\" BEFORE INSERT ON \"logged_in\"");
  }

  @Test
  void aNewTypedTableOfALaterPlanVersionIsPartitionedAndGetsItsTrigger() {
    LockFile first = WarehouseGeneration.generate(plan(1, "  Logged In: {}\n"), MONTH, Optional.empty()).lock();
    WarehouseResult second = WarehouseGeneration.generate(plan(2, "  Logged In: {}\n  Logged Out: {}\n"), MONTH,
        Optional.of(first));

    assertThat(sqlOf(second.lock(), "create-logged_out")).contains("PARTITION BY RANGE (\"_received_at\")");
    assertThat(second.changelog()).contains("CREATE TRIGGER \"event_ids_keep\" BEFORE INSERT ON \"logged_out\"");
  }

  @Test
  void thePartitioningCannotChangeOnceTheWarehouseWasGenerated() {
    LockFile plain = Plans.generate(plan(1, "  Logged In: {}\n")).lock();

    assertThatThrownBy(() -> WarehouseGeneration.generate(plan(2, "  Logged In: {}\n  Logged Out: {}\n"), MONTH,
        Optional.of(plain)))
        .isInstanceOf(WarehouseNamingException.class)
        .hasMessageContaining("warehousePartitioning is 'month' but the warehouse in tracking-plan.lock.json was "
            + "created with 'none'; it is chosen once, at the first generation. Set warehousePartitioning to 'none'");
  }

  @Test
  void theParameterIsNoneOrMonth() {
    assertThat(Partitioning.of("Month")).isEqualTo(Partitioning.MONTH);
    assertThat(Partitioning.of(null)).isEqualTo(Partitioning.NONE);
    assertThatThrownBy(() -> Partitioning.of("weekly"))
        .hasMessage("warehousePartitioning must be 'none' or 'month', not 'weekly'");
  }

  private static TrackingPlan plan(int version, String events) {
    return Plans.plan(version, "events:\n" + events);
  }

  private static String sqlOf(LockFile lock, String idSuffix) {
    return lock.changesets().stream().filter(c -> c.id().endsWith(idSuffix)).findFirst().orElseThrow().sql();
  }
}
