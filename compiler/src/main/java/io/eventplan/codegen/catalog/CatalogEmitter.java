package io.eventplan.codegen.catalog;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Emitter;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.plan.model.TrackingPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the plan's catalog: {@value #HTML}, one self-contained page with a search box, and Markdown
 * for git hosts under {@value #MARKDOWN_DIR} (a README.md index and one page per event).
 */
public final class CatalogEmitter implements Emitter {
  public static final String HTML = "eventplan/catalog/index.html";
  public static final String MARKDOWN_DIR = "eventplan/catalog/markdown/";

  @Override
  public String id() {
    return "catalog";
  }

  @Override
  public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
    List<EventEntry> entries = CatalogEntries.of(plan, context);
    List<GeneratedFile> files = new ArrayList<>();
    files.add(new GeneratedFile(OutputRoot.RESOURCES, HTML, HtmlCatalog.write(plan, context, entries)));
    MarkdownCatalog markdown = new MarkdownCatalog(plan, context);
    files.add(new GeneratedFile(OutputRoot.RESOURCES, MARKDOWN_DIR + "README.md", markdown.index(entries)));
    for (EventEntry entry : entries) {
      files.add(new GeneratedFile(OutputRoot.RESOURCES, MARKDOWN_DIR + "events/" + entry.page() + ".md",
          markdown.event(entry)));
    }
    return files;
  }
}
