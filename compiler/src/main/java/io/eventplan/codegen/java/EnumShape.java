package io.eventplan.codegen.java;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** A Java enum for a string property with {@code values}: one constant per allowed wire value. */
record EnumShape(ClassName className, String description, List<Constant> constants) {

  EnumShape {
    constants = List.copyOf(constants);
  }

  /** A constant and the exact text it stands for in events. */
  record Constant(String javaName, String wireValue) {}
}
