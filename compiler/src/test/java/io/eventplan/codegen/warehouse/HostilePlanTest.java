package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.java.JavaEmitter;
import io.eventplan.codegen.typescript.TypeScriptEmitter;
import io.eventplan.plan.LoadResult;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile plans: event and property names with quotes, semicolons, backslashes, comment ends,
 * Unicode and SQL/Java/TypeScript keywords, descriptions that try to break out of comments and
 * strings, and a plan of 10,000 events. Each plan is either refused by the checker with located
 * errors, or its SQL applies to PostgreSQL 17, its Java compiles with javac, and its JavaScript
 * and declarations pass node's parser and tsc.
 */
class HostilePlanTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();
  private static final EmitContext CONTEXT = new EmitContext("com.example.hostile", "tracking-plan.yaml");
  private static final String ESCAPES = "It's \\\"quoted\\\"; DROP TABLE events; -- */ /* ${x} \\\\u0000 \\\\ "
      + "</script> `${alert(1)}` \\n second line";

  @TempDir Path folder;

  @Test
  void hostileNamesGenerateSqlJavaAndTypeScriptThatApplyCompileAndParse() throws Exception {
    List<String> names = List.of("O'Brien Logged", "Semi; Colon", "Back\\\\slash", "Ends */ Comment",
        "Quote \\\" Mark", "Ünïcödé Évent ✓", "class", "Select", "function", "Delete From", "__proto__",
        "constructor", "Event$Name", "Ends With Backslash\\\\");
    StringBuilder yaml = new StringBuilder("plan: {name: Hostile, version: 1}\nevents:\n");
    for (String name : names) {
      yaml.append("  \"").append(name).append("\":\n    description: \"").append(ESCAPES)
          .append("\"\n    properties:\n      \"").append(name).append("\": {type: string, values: [\"")
          .append(name).append("\", \"it's\"], description: \"").append(ESCAPES).append("\"}\n")
          .append("      default: {type: integer}\n      user: {type: boolean}\n");
    }
    LoadResult result = PlanLoader.load("tracking-plan.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8),
        CheckOptions.DEFAULT);
    assertThat(result.plan()).as("the hostile plan loads: %s", result.diagnostics()).isPresent();
    TrackingPlan plan = result.plan().get();
    assertThat(plan.events()).hasSize(names.size());

    applySql(plan);
    compileJava(new JavaEmitter().emit(plan, CONTEXT), folder);
    checkTypeScript(new TypeScriptEmitter().emit(plan, CONTEXT), folder);
  }

  @Test
  void aNameWithoutLettersIsRefusedWithALocatedError() {
    LoadResult result = PlanLoader.load("tracking-plan.yaml", ("plan: {name: Hostile, version: 1}\nevents:\n"
        + "  \"  ;*/ \":\n    properties:\n      \"--\": {type: string}\n").getBytes(StandardCharsets.UTF_8),
        CheckOptions.DEFAULT);

    assertThat(result.plan()).isEmpty();
    assertThat(result.errors()).isNotEmpty().allSatisfy(error -> {
      assertThat(error.location().line()).isPositive();
      assertThat(error.toString()).startsWith("tracking-plan.yaml:").contains("[NAME_EMPTY]");
    });
  }

  @Test
  void aPlanOfTenThousandEventsGeneratesAndItsCodeCompiles() throws Exception {
    StringBuilder yaml = new StringBuilder("plan: {name: Huge, version: 1}\nevents:\n");
    for (int i = 0; i < 10_000; i++) {
      yaml.append("  Event Number ").append(i).append(":\n    properties:\n      amount: {type: integer}\n")
          .append("      label: {type: string, values: [a, \"b'c\"]}\n");
    }
    long start = System.nanoTime();
    TrackingPlan plan = PlanLoader.load("tracking-plan.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8),
        CheckOptions.DEFAULT).orThrow();
    List<GeneratedFile> javaFiles = new JavaEmitter().emit(plan, CONTEXT);
    List<GeneratedFile> typescript = new TypeScriptEmitter().emit(plan, CONTEXT);
    String changelog = Plans.generate(plan).changelog();
    long generated = System.nanoTime();
    assertThat(plan.events()).hasSize(10_000);
    assertThat(javaFiles.size()).isGreaterThan(10_000);

    // javac on 10,000 records and validators takes minutes: compile the shared support code and the
    // first 50 events' files (everything but the registry, which names all 10,000). The 10 MB changelog
    // is generated but not applied (10,000 CREATE TABLEs); the hostile-names test applies its SQL.
    List<GeneratedFile> subset = new ArrayList<>();
    for (GeneratedFile file : javaFiles) {
      String path = file.path();
      Matcher number = Pattern.compile("EventNumber(\\d+)").matcher(path);
      boolean eventFile = number.find();
      if (eventFile ? Integer.parseInt(number.group(1)) < 50 : !file.content().contains("EventNumber9999")) {
        subset.add(file);
      }
    }
    compileJava(subset, folder);
    checkTypeScript(typescript, folder);
    long compiled = System.nanoTime();
    System.out.printf("10,000 events: load+check+generate %d ms, %d Java files (%d compiled), changelog %d KB, "
        + "compile+tsc %d ms%n", (generated - start) / 1_000_000, javaFiles.size(), subset.size(),
        changelog.length() / 1024, (compiled - generated) / 1_000_000);
  }

  private void applySql(TrackingPlan plan) throws Exception {
    TestDatabase db = POSTGRES.freshDatabase();
    db.apply(Plans.generate(plan).changelog());
  }

  private static void compileJava(List<GeneratedFile> files, Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("java"));
    List<String> arguments = new ArrayList<>(List.of("-d", Files.createDirectories(dir.resolve("classes")).toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        "-encoding", "UTF-8", "-proc:none", "-nowarn"));
    for (GeneratedFile file : files) {
      if (file.path().endsWith(".java")) {
        Path source = sources.resolve(file.path());
        Files.createDirectories(source.getParent());
        Files.writeString(source, file.content(), StandardCharsets.UTF_8);
        arguments.add(source.toString());
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int exit = javac.run(null, null, errors, arguments.toArray(String[]::new));
    assertThat(exit).as("javac:%n%s", errors.toString(StandardCharsets.UTF_8)).isZero();
  }

  private static void checkTypeScript(List<GeneratedFile> files, Path dir) throws Exception {
    Path ts = Files.createDirectories(dir.resolve("ts"));
    for (GeneratedFile file : files) {
      Path target = ts.resolve(Path.of(file.path()).getFileName().toString());
      Files.writeString(target, file.content(), StandardCharsets.UTF_8);
    }
    Path module = ts.resolve(Path.of(TypeScriptEmitter.MODULE_PATH).getFileName().toString());
    Path declarations = ts.resolve(Path.of(TypeScriptEmitter.DECLARATIONS_PATH).getFileName().toString());
    if (!run(dir, "node", "--version").isEmpty()) {
      Path mjs = ts.resolve("check.mjs");
      Files.copy(module, mjs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      run(dir, "node", "--check", mjs.toString());
    }
    Path tsc = Path.of("..", "login-frontend", "node_modules", "typescript", "bin", "tsc");
    if (Files.exists(tsc)) {
      run(dir, "node", tsc.toAbsolutePath().toString(), "--noEmit", "--strict", "--skipLibCheck", "false",
          "--target", "es2019", declarations.toString());
    }
  }

  /** Output of a command; empty when the program is missing; fails on a non-zero exit. */
  private static String run(Path dir, String... command) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      return "";
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("%s:%n%s", String.join(" ", command), output).isZero();
    return output.isEmpty() ? "ok" : output;
  }
}
