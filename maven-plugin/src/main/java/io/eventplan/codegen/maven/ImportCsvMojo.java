package io.eventplan.codegen.maven;

import io.eventplan.codegen.spreadsheet.ImportGuess;
import io.eventplan.codegen.spreadsheet.ImportReport;
import io.eventplan.codegen.spreadsheet.SpreadsheetImport;
import io.eventplan.codegen.spreadsheet.SpreadsheetImportException;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goal {@code import-csv} ({@code ./mvnw eventplan:import-csv -Deventplan.csvFile=plan.csv}): turns a CSV
 * export of Segment's tracking-plan sheet into {@code planFile}, checked, and lists every guess it made.
 */
@Mojo(name = "import-csv", requiresProject = false, threadSafe = true)
public class ImportCsvMojo extends AbstractEventplanMojo {

  /** The CSV export of the sheet (File > Download > CSV in Google Sheets; "CSV UTF-8" in Excel). */
  @Parameter(property = "eventplan.csvFile", required = true)
  File csvFile;

  /** Replace {@code planFile} when it exists. */
  @Parameter(property = "eventplan.overwrite", defaultValue = "false")
  boolean overwrite;

  /** The plan's name; by default made from the CSV file's name. */
  @Parameter(property = "eventplan.planName")
  String planName;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    SpreadsheetImport.Request request = new SpreadsheetImport.Request(csvFile.toPath(),
        relativeToProject(csvFile.toPath()), planFile.toPath(), planName, overwrite);
    ImportReport report;
    try {
      report = SpreadsheetImport.run(request);
    } catch (SpreadsheetImportException e) {
      throw new MojoFailureException("eventplan: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("eventplan: " + e, e);
    }
    String plan = relativeToProject(planFile.toPath());
    getLog().info("eventplan: wrote " + plan + " (" + report.events() + " events) from "
        + relativeToProject(csvFile.toPath()) + "; " + report.guesses().size() + " guesses:");
    for (ImportGuess guess : report.guesses()) {
      getLog().info("  " + guess);
    }
    report.warnings().forEach(warning -> getLog().warn(warning));
    getLog().info("eventplan: review the guesses and the '# import:' comments in " + plan + ", then build.");
  }
}
