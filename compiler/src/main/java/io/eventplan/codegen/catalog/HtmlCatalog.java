package io.eventplan.codegen.catalog;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import io.eventplan.codegen.reporting.ReportView;
import io.eventplan.codegen.warehouse.ColumnSpec;
import io.eventplan.plan.model.TrackingPlan;
import java.util.List;

/**
 * Writes the catalog as one self-contained HTML page (no CDN, no external file): a search box that
 * filters events by name, description and property name, a list of events, and a section per event.
 * Every plan text is HTML-escaped.
 */
final class HtmlCatalog {
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,sans-serif;margin:0;color:#1d2330;line-height:1.45}",
      "header{background:#1d2330;color:#fff;padding:1rem 2rem}header p{margin:.2rem 0 0;color:#c9d1e0}",
      "main{display:flex;gap:2rem;padding:1rem 2rem}nav{min-width:14rem}nav ul{list-style:none;padding:0}",
      "nav li{margin:.2rem 0}#search{width:100%;padding:.4rem;font-size:1rem;box-sizing:border-box}",
      "section.event{border-top:2px solid #d5dae3;padding-top:.5rem;margin-bottom:2rem}",
      "table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d5dae3;padding:.25rem .5rem;"
          + "text-align:left;vertical-align:top}",
      "pre{background:#f3f5f9;padding:.5rem;overflow:auto}code{font-family:ui-monospace,monospace}",
      ".status{display:inline-block;padding:0 .4rem;border-radius:.3rem;background:#e4e9f2;font-size:.85rem}",
      "dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}",
      "[hidden]{display:none !important}");
  private static final String SCRIPT = String.join("\n",
      "(function () {",
      "  var input = document.getElementById('search');",
      "  var count = document.getElementById('count');",
      "  var total = document.querySelectorAll('section.event').length;",
      "  function filter() {",
      "    var query = input.value.trim().toLowerCase();",
      "    var shown = 0;",
      "    document.querySelectorAll('[data-search]').forEach(function (element) {",
      "      var match = query === '' || element.getAttribute('data-search').indexOf(query) >= 0;",
      "      element.hidden = !match;",
      "      if (match && element.tagName === 'SECTION') { shown++; }",
      "    });",
      "    count.textContent = shown + ' of ' + total + ' events';",
      "  }",
      "  input.addEventListener('input', filter);",
      "  filter();",
      "})();");

  private final StringBuilder out = new StringBuilder();

  private HtmlCatalog() {}

  static String write(TrackingPlan plan, EmitContext context, List<EventEntry> entries) {
    return new HtmlCatalog().page(plan, context, entries);
  }

  private String page(TrackingPlan plan, EmitContext context, List<EventEntry> entries) {
    String title = plan.info().name() + " - tracking plan catalog";
    out.append("<!DOCTYPE html>\n<!-- ").append(Html.escape(Headers.text(context))).append(" -->\n")
        .append("<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.escape(plan.info().name()))
        .append("</h1>\n<p>Plan version ").append(plan.info().version()).append(" &middot; ")
        .append(entries.size()).append(" events &middot; generated from <code>")
        .append(Html.escape(context.planFileName())).append("</code></p>\n");
    if (!plan.info().description().isBlank()) {
      out.append("<p>").append(Html.escape(plan.info().description().strip())).append("</p>\n");
    }
    out.append("</header>\n<main>\n<nav>\n<label for=\"search\">Search events and properties</label>\n")
        .append("<input id=\"search\" type=\"search\" placeholder=\"e.g. signup_method\" autocomplete=\"off\">\n")
        .append("<p id=\"count\">").append(entries.size()).append(" of ").append(entries.size())
        .append(" events</p>\n<ul id=\"events\">\n");
    for (EventEntry entry : entries) {
      out.append("<li data-search=\"").append(Html.escape(entry.searchText())).append("\"><a href=\"#")
          .append(Html.escape(entry.page())).append("\">").append(Html.escape(entry.event().name()))
          .append("</a></li>\n");
    }
    out.append("</ul>\n</nav>\n<div id=\"catalog\">\n");
    entries.forEach(this::event);
    out.append("</div>\n</main>\n<script>\n").append(SCRIPT).append("\n</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private void event(EventEntry entry) {
    out.append("<section class=\"event\" id=\"").append(Html.escape(entry.page())).append("\" data-search=\"")
        .append(Html.escape(entry.searchText())).append("\">\n<h2>").append(Html.escape(entry.event().name()))
        .append(" <span class=\"status\">").append(entry.event().status().planName()).append("</span></h2>\n");
    out.append("<p>").append(Html.escape(entry.event().description().strip())).append("</p>\n<dl>\n");
    definition("Conversion", entry.event().conversion().asText());
    definition("Location", entry.event().whereTracked());
    definition("Event version", Integer.toString(entry.event().version()));
    definition("Source", entry.source());
    out.append("</dl>\n<h3>Properties</h3>\n");
    properties(entry);
    out.append("<h3>Send it</h3>\n<p>TypeScript, with the generated snippet (<code>")
        .append(Html.escape(entry.typescript().function())).append("</code>, props type <code>")
        .append(Html.escape(entry.typescript().propsType())).append("</code>):</p>\n<pre><code class=\"ts-call\">")
        .append(Html.escape(entry.typescript().sample())).append("</code></pre>\n")
        .append("<p>Java, with the generated record <code>").append(Html.escape(entry.java().record()))
        .append("</code> and validator <code>").append(Html.escape(entry.java().validator()))
        .append("</code>:</p>\n<pre><code class=\"java-call\">").append(Html.escape(entry.java().sample()))
        .append("</code></pre>\n");
    out.append("<h3>JSON Schema</h3>\n<p><code>").append(Html.escape(entry.schemaPath()))
        .append("</code></p>\n<details><summary>Show the schema</summary>\n<pre><code class=\"schema\">")
        .append(Html.escape(entry.schema())).append("</code></pre>\n</details>\n");
    warehouse(entry);
    out.append("<h3>Report views</h3>\n");
    list(entry.views().stream().map(HtmlCatalog::view).toList(), "No report view reads this event.");
    out.append("<h3>History</h3>\n");
    list(entry.history().stream().map(Html::escape).toList(), "No lock file history yet.");
    out.append("</section>\n");
  }

  private static String view(ReportView view) {
    return "<code>" + Html.escape(view.name()) + "</code> " + Html.escape(view.title())
        + (view.description().isBlank() ? "" : ": " + Html.escape(view.description()));
  }

  private void definition(String term, String value) {
    if (!value.isBlank()) {
      out.append("<dt>").append(term).append("</dt><dd>").append(Html.escape(value.strip())).append("</dd>\n");
    }
  }

  private void properties(EventEntry entry) {
    if (entry.properties().isEmpty()) {
      out.append("<p>No properties.</p>\n");
      return;
    }
    out.append("<table class=\"properties\">\n<thead><tr><th>Property</th><th>Type</th><th>Required</th>")
        .append("<th>Allowed values</th><th>Constraints</th><th>Description</th></tr></thead>\n<tbody>\n");
    for (PropertyRow row : entry.properties()) {
      out.append("<tr><td><code>").append(Html.escape(row.name())).append("</code>")
          .append(row.common() ? " <small>(common)</small>" : "").append("</td><td>")
          .append(Html.escape(row.type())).append("</td><td>").append(row.required() ? "yes" : "no").append("</td><td>")
          .append(Html.escape(String.join(", ", row.values()))).append("</td><td>")
          .append(row.constraints().isEmpty() ? "" : "<code>" + Html.escape(row.constraints()) + "</code>")
          .append("</td><td>").append(Html.escape(row.description().strip())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private void warehouse(EventEntry entry) {
    out.append("<h3>Warehouse</h3>\n<p>Table <code>").append(Html.escape(entry.table())).append("</code></p>\n");
    if (entry.columns().isEmpty()) {
      return;
    }
    out.append("<table class=\"columns\">\n<thead><tr><th>Column</th><th>Type</th><th>Not null</th></tr></thead>\n<tbody>\n");
    for (ColumnSpec column : entry.columns()) {
      out.append("<tr><td><code>").append(Html.escape(column.name())).append("</code></td><td>")
          .append(Html.escape(column.type())).append("</td><td>").append(column.notNull() ? "yes" : "no")
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private void list(List<String> items, String empty) {
    if (items.isEmpty()) {
      out.append("<p>").append(Html.escape(empty)).append("</p>\n");
      return;
    }
    out.append("<ul>\n");
    items.forEach(item -> out.append("<li>").append(item).append("</li>\n"));
    out.append("</ul>\n");
  }
}
