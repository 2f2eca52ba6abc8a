/** The browsable catalog of a plan: static HTML with a search box, and Markdown pages for git hosts. */
package io.eventplan.codegen.catalog;
