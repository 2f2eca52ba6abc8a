/**
 * The Java emitter: per event a typed record and a streaming validator (JavaPoet), plus the support types
 * and the registry they share. The generated code needs only Jackson 3 core.
 */
package io.eventplan.codegen.java;
