package io.eventplan.collector.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
  private final Authenticator authenticator = new Authenticator(WriteKeys.of(List.of("key-one", "key-two")));

  private static String basic(String credentials) {
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicWithTheKeyAsUserAndAnEmptyPasswordIsAccepted() {
    assertThat(authenticator.checkHeader(basic("key-one:"))).isEqualTo(Authenticator.Verdict.ACCEPTED);
    assertThat(authenticator.checkHeader(basic("key-two"))).isEqualTo(Authenticator.Verdict.ACCEPTED);
    assertThat(authenticator.checkHeader("basic " + basic("key-one:").substring(6)))
        .isEqualTo(Authenticator.Verdict.ACCEPTED);
  }

  @Test
  void wrongKeysPasswordsAndSchemesAreWrong() {
    assertThat(authenticator.checkHeader(basic("key-three:"))).isEqualTo(Authenticator.Verdict.WRONG);
    assertThat(authenticator.checkHeader(basic("key-one:pw"))).isEqualTo(Authenticator.Verdict.WRONG);
    assertThat(authenticator.checkHeader("Bearer key-one")).isEqualTo(Authenticator.Verdict.WRONG);
    assertThat(authenticator.checkHeader("Basic !!!")).isEqualTo(Authenticator.Verdict.WRONG);
    assertThat(authenticator.checkHeader(basic("key-on:"))).isEqualTo(Authenticator.Verdict.WRONG);
  }

  @Test
  void noHeaderOrBodyKeyIsAbsent() {
    assertThat(authenticator.checkHeader(null)).isEqualTo(Authenticator.Verdict.ABSENT);
    assertThat(authenticator.checkHeader(" ")).isEqualTo(Authenticator.Verdict.ABSENT);
    assertThat(authenticator.checkBodyKey(null)).isEqualTo(Authenticator.Verdict.ABSENT);
    assertThat(authenticator.checkBodyKey("key-two")).isEqualTo(Authenticator.Verdict.ACCEPTED);
    assertThat(authenticator.checkBodyKey("")).isEqualTo(Authenticator.Verdict.WRONG);
  }

  @Test
  void noConfiguredKeysAcceptNothing() {
    WriteKeys none = WriteKeys.of(List.of());

    assertThat(none.isEmpty()).isTrue();
    assertThat(none.accepts("")).isFalse();
    assertThat(none.accepts(null)).isFalse();
  }
}
