package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.EmitContext;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Starts the warehouse on an embedded PostgreSQL 17 for a person to look at (docs/warehouse.md):
 * generates the changelog from a plan and its lock (the lock is read, never written), applies it
 * with Liquibase, prints how to connect, and runs until Enter is pressed. Data is kept in
 * {@code target/local-warehouse} next to the plan between runs. Arguments: plan file, port, and {@code --once} to
 * stop right after applying (for scripts).
 */
public final class LocalWarehouse {
  private LocalWarehouse() {}

  public static void main(String[] args) throws Exception {
    Path planFile = Path.of(args.length > 0 ? args[0] : "tracking-plan.yaml");
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 5432;
    boolean once = args.length > 2 && args[2].equals("--once");
    TrackingPlan plan = PlanLoader.load(planFile, CheckOptions.DEFAULT).orThrow();
    EmitContext context = new EmitContext("io.eventplan.generated", planFile.getFileName().toString());
    WarehouseResult result = WarehouseGeneration.generate(
        plan, context, WarehouseGeneration.readLock(WarehouseGeneration.lockFileOf(planFile)));

    Path data = planFile.toAbsolutePath().getParent().resolve("target/local-warehouse");
    boolean fresh = !Files.exists(data.resolve("PG_VERSION"));
    Files.createDirectories(data);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start()) {
      if (fresh) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE warehouse");
        }
      }
      TestDatabase db = new TestDatabase(postgres.getJdbcUrl("postgres", "warehouse"), "postgres", "");
      db.apply(result.changelog());
      try (Connection c = db.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM databasechangelog")) {
        rs.next();
        System.out.println("warehouse ready: " + rs.getLong(1) + " changesets applied");
      }
      System.out.println("JDBC URL: jdbc:postgresql://localhost:" + port + "/warehouse?user=postgres");
      System.out.println("psql:     psql -h localhost -p " + port + " -U postgres warehouse");
      if (!once) {
        System.out.println("press Enter to stop");
        System.in.read();
      }
    }
  }
}
