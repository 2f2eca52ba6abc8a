package io.eventplan.codegen.java;

import com.palantir.javapoet.ClassName;
import io.eventplan.plan.Location;
import java.util.List;

/**
 * A record to generate (an event, the traits, or a nested object), with every Java name already allocated.
 *
 * @param title what the record stands for in Javadoc, e.g. {@code Event "Logged In", version 1}
 * @param components one per plan property, in plan order
 * @param nestedRecords records of object-typed properties, nested in this record
 * @param enums enums of properties with {@code values}, nested in this record
 */
record RecordShape(
    ClassName className,
    String title,
    String description,
    Location location,
    boolean deprecated,
    List<Component> components,
    List<RecordShape> nestedRecords,
    List<EnumShape> enums) {

  RecordShape {
    components = List.copyOf(components);
    nestedRecords = List.copyOf(nestedRecords);
    enums = List.copyOf(enums);
  }
}
