package io.eventplan.collector.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.TestPlans;
import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventValidator;
import io.eventplan.runtime.PlanTables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated plan's validators as the collector's judge. */
class ValidatorJudgeTest {
  private final ValidatorJudge judge = new ValidatorJudge(TestPlans.testPlan());

  @Test
  void passesEventsToTheirValidator() {
    String valid = """
        {"event_id": "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", "timestamp": "2026-01-01T00:00:00Z", "user_id": "u",
         "url": "https://app.example.com/login", "type": "sso"}""";
    assertThat(judge.judgeEvent("Logged In", valid.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(Judgement.Accepted.class);
    Judgement missing = judge.judgeEvent("Logged In", "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(((Judgement.Rejected) missing).violations()).contains(new Violation("/type", "required", "is required"));
    assertThat(judge.planName()).isEqualTo("Collector Test Plan");
    assertThat(judge.planVersion()).isEqualTo(5);
  }

  @Test
  void refusesWhatItHasNoValidatorFor() {
    ValidatorJudge empty = new ValidatorJudge(new EventPlan() {
      @Override
      public String name() {
        return "Empty";
      }

      @Override
      public int version() {
        return 1;
      }

      @Override
      public Map<String, EventValidator<?>> validators() {
        return Map.of();
      }

      @Override
      public Optional<EventValidator<?>> peopleValidator() {
        return Optional.empty();
      }

      @Override
      public Optional<EventValidator<?>> companiesValidator() {
        return Optional.empty();
      }

      @Override
      public PlanTables tables() {
        return new PlanTables(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
      }
    });

    Judgement unknown = empty.judgeEvent("Moon Landed", new byte[0]);
    Judgement noCompanies = empty.judgeCompanyTraits(new byte[0]);

    assertThat(((Judgement.Rejected) unknown).violations().get(0).rule()).isEqualTo(CollectorRules.UNKNOWN_EVENT);
    assertThat(((Judgement.Rejected) noCompanies).violations().get(0).rule()).isEqualTo(CollectorRules.NO_TRAITS_IN_PLAN);
  }
}
