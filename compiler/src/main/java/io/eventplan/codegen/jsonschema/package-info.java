/** Emits one draft 2020-12 JSON Schema per event, and one each for people and company traits. */
package io.eventplan.codegen.jsonschema;
