package io.eventplan.codegen.spreadsheet;

import io.eventplan.plan.Diagnostic;
import io.eventplan.plan.LoadResult;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imports a CSV export of Segment's tracking-plan template into a {@code tracking-plan.yaml}:
 *
 * <ol>
 *   <li>parse the CSV (RFC 4180; malformed input fails with {@code file:line:col});
 *   <li>read the sheet's rows into events and properties ({@link SheetReader});
 *   <li>resolve types and values ({@link PropertySpecs}) and the status from Ready?-style columns;
 *   <li>write the YAML and load it back with the plan checker; a plan with errors is not written.
 * </ol>
 */
public final class SpreadsheetImport {

  /**
   * What to import.
   *
   * @param csvFile the CSV file
   * @param csvDisplayName how messages name it
   * @param planFile the plan to write
   * @param planName the plan's name; when blank, made from the CSV file's name
   * @param overwrite whether an existing plan may be replaced
   */
  public record Request(Path csvFile, String csvDisplayName, Path planFile, String planName, boolean overwrite) {}

  private SpreadsheetImport() {}

  public static ImportReport run(Request request) throws SpreadsheetImportException, IOException {
    if (Files.exists(request.planFile()) && !request.overwrite()) {
      throw new SpreadsheetImportException(request.planFile() + " already exists; import into another file, or"
          + " set overwrite (-Deventplan.overwrite=true) to replace it");
    }
    if (!Files.isRegularFile(request.csvFile())) {
      throw new SpreadsheetImportException(request.csvDisplayName() + " does not exist; point csvFile"
          + " (-Deventplan.csvFile=...) at the CSV export of your tracking-plan sheet");
    }
    String csv = decode(request.csvDisplayName(), Files.readAllBytes(request.csvFile()));
    String planName = request.planName() == null || request.planName().isBlank()
        ? nameFromFile(request.csvFile()) : request.planName().strip();
    Converted converted = convert(request.csvDisplayName(), csv, planName);
    String display = request.planFile().getFileName().toString();
    LoadResult loaded = PlanLoader.load(display, converted.yaml().getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT);
    if (loaded.plan().isEmpty()) {
      Path rejected = request.planFile().resolveSibling(display + ".rejected");
      write(rejected, converted.yaml().getBytes(StandardCharsets.UTF_8));
      throw new SpreadsheetImportException("the plan imported from " + request.csvDisplayName()
          + " does not pass the checker, so " + display + " was not written; the rejected text is in " + rejected
          + " (the locations below are its lines). Fix the sheet and import again",
          loaded.errors().stream().map(Diagnostic::toString).toList());
    }
    write(request.planFile(), converted.yaml().getBytes(StandardCharsets.UTF_8));
    return new ImportReport(request.planFile(), loaded.plan().get().events().size(), converted.guesses(),
        loaded.warnings().stream().map(Diagnostic::toString).toList());
  }

  /** The YAML text of a sheet, and the guesses made; nothing is checked or written. */
  record Converted(String yaml, List<ImportGuess> guesses) {}

  static Converted convert(String csvName, String csv, String planName) throws SpreadsheetImportException {
    List<CsvRow> rows;
    try {
      rows = CsvParser.parse(csvName, csv);
    } catch (CsvFormatException e) {
      throw new SpreadsheetImportException(e.getMessage());
    }
    List<ImportGuess> guesses = new ArrayList<>();
    SheetReader sheet = SheetReader.read(csvName, rows, guesses);
    PropertySpecs specs = new PropertySpecs(csvName, guesses);
    for (ImportedEvent event : sheet.events) {
      status(csvName, event, guesses);
      event.properties.forEach(property -> specs.resolve(event.name, property));
    }
    guesses.sort(Comparator.comparingInt(ImportGuess::line));
    return new Converted(PlanYamlWriter.write(csvName, planName, sheet.planComments, sheet.events), guesses);
  }

  /** Without a Status, the Ready?/Installed?/Tested? columns decide between implemented and planned. */
  private static void status(String file, ImportedEvent event, List<ImportGuess> guesses) {
    if (event.fields.containsKey("status") || event.ready == null) {
      return;
    }
    String status = event.ready ? "implemented" : "planned";
    event.fields.put("status", status);
    guesses.add(new ImportGuess(file, event.line, "status of \"" + event.name + "\" set to " + status + " from "
        + String.join(", ", event.readiness)));
  }

  private static String decode(String name, byte[] bytes) throws SpreadsheetImportException {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new SpreadsheetImportException(name + ":1:1: the file is not UTF-8 text; export the sheet as"
          + " \"CSV UTF-8\" and import again");
    }
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, bytes);
  }

  /** {@code acme-tracking_plan.csv} -> {@code Acme Tracking Plan}. */
  static String nameFromFile(Path csv) {
    String base = csv.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    StringBuilder out = new StringBuilder();
    for (String word : base.split("[-_\\s]+")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.length() == 0 ? "Tracking Plan" : out.toString();
  }
}
