package io.eventplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.powerbi.PowerBiSchemas;
import io.eventplan.codegen.powerbi.TmdlReader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Power BI files this build generated from the root plan (under
 * {@code target/generated-resources/eventplan/eventplan/powerbi/}, see docs/powerbi.md): valid by
 * Microsoft's schemas, and a semantic model whose tables are the reporting views of the warehouse the
 * same build's changelog creates.
 */
class RootPlanPowerBiTest {
  private static final Path RESOURCES =
      Path.of(System.getProperty("basedir", ".")).resolve("target/generated-resources/eventplan");
  private static final Path POWER_BI = RESOURCES.resolve("eventplan/powerbi");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static EmbeddedPostgres postgres;
  private static Map<String, String> files;

  @BeforeAll
  static void readFilesAndStartTheWarehouse() throws Exception {
    files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(POWER_BI)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        String relative = POWER_BI.relativize(path).toString().replace('\\', '/');
        files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
      Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(RESOURCES)),
          () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
              .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
              .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "eventplan/db/changelog.sql")
              .execute());
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theProjectConnectionFileAndModelAreThere() {
    assertThat(files).containsKeys("Event Data Project.pbip", "Event Data Project.pbids",
        "Event Data Project.SemanticModel/definition.pbism",
        "Event Data Project.SemanticModel/definition/tables/logged_in_users.tmdl",
        "Event Data Project.Report/definition.pbir", "Event Data Project.Report/definition/report.json");
    JsonNode pbids = JSON.readTree(files.get("Event Data Project.pbids"));
    assertThat(pbids.at("/connections/0/details/address/server").asString()).isEqualTo("localhost:5432");
    assertThat(pbids.at("/connections/0/details/address/database").asString()).isEqualTo("warehouse");
  }

  @Test
  void everyJsonFileValidatesAgainstItsMicrosoftSchema() {
    List<String> checked = new ArrayList<>();
    files.forEach((path, content) -> {
      if (path.matches(".*\\.(json|pbip|pbir|pbism)")) {
        assertThat(PowerBiSchemas.problems(content)).as(path).isEmpty();
        checked.add(path);
      }
    });
    assertThat(checked).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void theModelsTablesAreTheWarehousesReportingViews() throws Exception {
    Map<String, List<String>> views = new TreeMap<>();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT c.table_name, c.column_name FROM information_schema.columns c"
            + " JOIN information_schema.views v ON v.table_schema = c.table_schema AND v.table_name = c.table_name"
            + " WHERE c.table_schema = 'reporting' ORDER BY c.table_name, c.ordinal_position")) {
      while (rs.next()) {
        views.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    TmdlReader.Model model = TmdlReader.read(files);
    assertThat(model.tables().keySet()).containsExactlyInAnyOrderElementsOf(views.keySet());
    model.tables().values().forEach(table -> assertThat(table.columns()).extracting(TmdlReader.Column::name)
        .as(table.name()).containsExactlyElementsOf(views.get(table.name())));
    assertThat(model.tables().get("logged_in_users").column("Last logged in").dataType()).isEqualTo("dateTime");
  }

  @Test
  void theReportPageIsATableOfLoggedInUsersMostRecentFirst() {
    String pages = files.entrySet().stream().filter(e -> e.getKey().endsWith("/pages/pages.json"))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
    String first = "/pages/" + JSON.readTree(pages).at("/pageOrder/0").asString() + "/visuals/";
    String visual = files.entrySet().stream().filter(e -> e.getKey().endsWith("/visual.json"))
        .filter(e -> e.getKey().contains(first)).map(Map.Entry::getValue).findFirst().orElseThrow();
    JsonNode query = JSON.readTree(visual).at("/visual/query");
    assertThat(query.at("/queryState/Values/projections/0/field/Column/Expression/SourceRef/Entity").asString())
        .isEqualTo("logged_in_users");
    assertThat(query.at("/sortDefinition/sort/0/field/Column/Property").asString()).isEqualTo("Last logged in");
    assertThat(query.at("/sortDefinition/sort/0/direction").asString()).isEqualTo("Descending");
  }
}
