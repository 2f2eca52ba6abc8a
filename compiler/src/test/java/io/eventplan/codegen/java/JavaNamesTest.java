package io.eventplan.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.NameAllocator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plan names become valid, distinct Java names. */
class JavaNamesTest {

  @Test
  void typeNamesAreValidAndDistinctIgnoringCase() {
    TypeNameScope scope = new TypeNameScope(JavaNames.RESERVED_TYPE_NAMES);
    assertThat(scope.allocate(JavaNames.typeCandidate("Logged In", "Event"))).isEqualTo("LoggedIn");
    assertThat(scope.allocate(JavaNames.typeCandidate("Loggedin", "Event"))).isEqualTo("Loggedin_");
    assertThat(scope.allocate(JavaNames.typeCandidate("logged-in", "Event"))).isEqualTo("LoggedIn__");
    assertThat(scope.allocate(JavaNames.typeCandidate("Violation", "Event"))).isEqualTo("Violation_");
    assertThat(scope.allocate(JavaNames.typeCandidate("string", "Event"))).isEqualTo("String_");
    assertThat(scope.allocate(JavaNames.typeCandidate("Cafe\u0301 Visited", "Event"))).isEqualTo("CaféVisited");
    assertThat(scope.allocate(JavaNames.typeCandidate("3D Printed", "Event"))).isEqualTo("_3DPrinted");
    assertThat(scope.allocate(JavaNames.typeCandidate("!!!", "Event"))).isEqualTo("Event");
  }

  @Test
  void memberNamesAvoidKeywordsAndRecordForbiddenNames() {
    NameAllocator members = JavaNames.memberAllocator();
    List<String> names =
        List.of("class", "default", "public", "enum", "hash_code", "to_string", "user_id", "userId", "yield", "_");
    assertThat(names.stream().map(name -> members.newName(JavaNames.memberCandidate(name, "property"))))
        .containsExactly(
            "class_", "default_", "public_", "enum_", "hashCode_", "toString_", "userId", "userId_", "yield_",
            "property");
  }

  @Test
  void constantsAndPointers() {
    assertThat(JavaNames.constantCandidate("magic_link")).isEqualTo("MAGIC_LINK");
    assertThat(JavaNames.constantCandidate("c d")).isEqualTo("C_D");
    assertThat(JavaNames.constantCandidate("--")).isEqualTo("VALUE");
    assertThat(JavaNames.pointerSegment("a/b~c")).isEqualTo("/a~1b~0c");
  }
}
