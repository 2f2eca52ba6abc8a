/**
 * The differential test: payloads generated from a plan's model, judged by the generated Java validators and
 * by networknt on the generated JSON Schemas, which must agree on every one.
 */
package io.eventplan.examples.differential;
