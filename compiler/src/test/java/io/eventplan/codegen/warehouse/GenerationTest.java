package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.codegen.lock.LockFile;
import io.eventplan.codegen.lock.LockJson;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generation entry point without a database: names it refuses, the emitter, the lock's files. */
class GenerationTest {

  private static final String EVENTS_HEADER = "events:\n  Thing Happened: {}\n";

  @Test
  void eventsThatWouldTakeAReservedTableAreRefused() {
    assertThatThrownBy(() -> Plans.generate(Plans.plan(1, "events:\n  Events: {}\n  People: {}\n  Aliases: {}\n")))
        .isInstanceOf(WarehouseNamingException.class)
        .hasMessage("tracking-plan.yaml: the warehouse cannot hold this plan; nothing was generated:\n"
            + "event 'Events' version 1 would get table events, which the warehouse reserves for itself (reserved:"
            + " events, people, companies, aliases, rejected_events and Liquibase's tables). Rename the event.\n"
            + "event 'People' version 1 would get table people, which the warehouse reserves for itself (reserved:"
            + " events, people, companies, aliases, rejected_events and Liquibase's tables). Rename the event.\n"
            + "event 'Aliases' version 1 would get table aliases, which the warehouse reserves for itself (reserved:"
            + " events, people, companies, aliases, rejected_events and Liquibase's tables). Rename the event.");
  }

  @Test
  void aTableMadeForAnEarlierSnapshotStaysTaken() {
    // the plan checker refuses two events of one plan that share a table; only the lock knows older tables
    LockFile lock = Plans.generate(Plans.plan(1, "events:\n  Logged In: {version: 2}\n")).lock();
    LockFile raised = Plans.generate(Plans.plan(2, "events:\n  Logged In: {version: 3}\n"), Optional.of(lock)).lock();
    assertThatThrownBy(() -> Plans.generate(
            Plans.plan(3, "events:\n  Logged In: {version: 3}\n  Logged In V2: {}\n"), Optional.of(raised)))
        .hasMessageEndingWith("event 'Logged In V2' version 1 would get table logged_in_v2, which belongs to event"
            + " 'Logged In' version 2. Rename the event.");
  }

  @Test
  void traitsCannotTakeTheFixedColumnsOfPeopleAndCompanies() {
    assertThatThrownBy(() -> Plans.generate(Plans.plan(1, EVENTS_HEADER
            + "people:\n  traits:\n    user_id: {type: string}\n    company_id: {type: string}\n"
            + "companies:\n  traits:\n    last seen at: {type: timestamp}\n")))
        .isInstanceOf(WarehouseNamingException.class)
        .satisfies(e -> assertThat(((WarehouseNamingException) e).problems()).containsExactly(
            "trait 'user_id' of people would take column people.user_id, which the warehouse keeps for itself"
                + " (user_id, company_id, first_seen_at, last_seen_at; company_id may be a string trait). Rename the trait.",
            "trait 'last seen at' of companies would take column companies.last_seen_at, which the warehouse keeps"
                + " for itself (company_id, first_seen_at, last_seen_at). Rename the trait."));
  }

  @Test
  void theEmitterWritesTheChangelogAsAResource() {
    List<GeneratedFile> files = new LiquibaseEmitter(Optional.empty())
        .emit(Plans.plan(1, EVENTS_HEADER), Plans.CONTEXT);
    assertThat(files).singleElement().satisfies(f -> {
      assertThat(f.root()).isEqualTo(OutputRoot.RESOURCES);
      assertThat(f.path()).isEqualTo("eventplan/db/changelog.sql");
      assertThat(f.content()).startsWith("--liquibase formatted sql logicalFilePath:eventplan/db/changelog.sql\n\n"
          + "-- Generated from tracking-plan.yaml by eventplan - do not edit.\n");
      assertThat(f.content()).contains("\n--changeset eventplan:0005-create-thing_happened\n");
    });
  }

  @Test
  void anUnchangedPlanWithANewVersionNumberChangesNothing() {
    WarehouseResult first = Plans.generate(Plans.plan(1, EVENTS_HEADER));
    WarehouseResult second = Plans.generate(Plans.plan(2, EVENTS_HEADER), Optional.of(first.lock()));
    assertThat(second.lockChanged()).isFalse();
    assertThat(second.lockJson()).isEqualTo(first.lockJson());
    assertThat(second.changelog()).isEqualTo(first.changelog());
  }

  @Test
  void theLockLivesNextToThePlan(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("tracking-plan.yaml");
    Files.writeString(plan, "plan: {name: Test, version: 1}\n" + EVENTS_HEADER);
    Path lockFile = WarehouseGeneration.lockFileOf(plan);
    assertThat(lockFile).isEqualTo(dir.resolve("tracking-plan.lock.json"));
    assertThat(WarehouseGeneration.readLock(lockFile)).isEmpty();

    WarehouseResult result = WarehouseGeneration.generate(
        PlanLoader.load(plan, CheckOptions.DEFAULT).orThrow(), Plans.CONTEXT, WarehouseGeneration.readLock(lockFile));
    Files.writeString(lockFile, result.lockJson());
    assertThat(WarehouseGeneration.readLock(lockFile)).contains(LockJson.read("x", result.lockJson()));
  }
}
