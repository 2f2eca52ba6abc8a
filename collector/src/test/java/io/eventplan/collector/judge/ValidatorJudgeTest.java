package io.eventplan.collector.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorJudgeTest {
  private static final ValidatorJudge.Validator NEEDS_TYPE = json ->
      new String(json, StandardCharsets.UTF_8).contains("\"type\"")
          ? ValidatorJudge.judgement("typed", List.of())
          : ValidatorJudge.judgement(null, List.of(new Violation("/type", "required", "type is required")));

  private final ValidatorJudge judge =
      new ValidatorJudge("Plan", 4, Map.of("Logged In", NEEDS_TYPE), NEEDS_TYPE, null);

  @Test
  void passesEventsToTheirValidator() {
    assertThat(judge.judgeEvent("Logged In", "{\"type\":\"sso\"}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Judgement.accepted("typed"));
    assertThat(judge.judgeEvent("Logged In", "{}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Judgement.rejected(List.of(new Violation("/type", "required", "type is required"))));
  }

  @Test
  void refusesWhatItHasNoValidatorFor() {
    Judgement unknown = judge.judgeEvent("Moon Landed", new byte[0]);
    Judgement noCompanies = judge.judgeCompanyTraits(new byte[0]);

    assertThat(((Judgement.Rejected) unknown).violations().get(0).rule()).isEqualTo(CollectorRules.UNKNOWN_EVENT);
    assertThat(((Judgement.Rejected) noCompanies).violations().get(0).rule()).isEqualTo(CollectorRules.NO_TRAITS_IN_PLAN);
    assertThat(judge.judgePersonTraits("{\"type\":1}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(Judgement.Accepted.class);
    assertThat(judge.planName()).isEqualTo("Plan");
    assertThat(judge.planVersion()).isEqualTo(4);
  }
}
