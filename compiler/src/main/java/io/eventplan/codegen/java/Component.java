package io.eventplan.codegen.java;

import io.eventplan.plan.model.PropertyDef;

/**
 * One record component: the plan property it comes from, its Java name and its value's Java shape.
 *
 * @param javaName a valid, unique component name, e.g. {@code userId} or {@code class_}
 */
record Component(PropertyDef property, String javaName, ValueShape value) {

  String jsonName() {
    return property.name();
  }

  boolean required() {
    return property.required();
  }
}
