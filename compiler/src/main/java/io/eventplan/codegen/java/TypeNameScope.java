package io.eventplan.codegen.java;

import com.palantir.javapoet.NameAllocator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Allocates unique type names within one scope (the package, or the inside of a type). Names are unique
 * ignoring case, because each type becomes a file and file systems may ignore case.
 */
final class TypeNameScope {
  private final Set<String> taken = new HashSet<>();

  TypeNameScope(Iterable<String> reserved) {
    for (String name : reserved) {
      taken.add(key(name));
    }
  }

  /** A valid, not yet taken type name close to {@code candidate}; it is taken from now on. */
  String allocate(String candidate) {
    String name = NameAllocator.toJavaIdentifier(candidate);
    if (SourceVersion.isKeyword(name) || !SourceVersion.isName(name)) {
      name = name + "_";
    }
    while (!taken.add(key(name))) {
      name = name + "_";
    }
    return name;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
