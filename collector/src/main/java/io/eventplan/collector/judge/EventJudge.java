package io.eventplan.collector.judge;

/**
 * The plan's verdict on what a client sent. The collector maps a Segment message onto the plan's
 * envelope (a flat JSON object of the event's effective properties) and asks the judge; the
 * generated validators (EventRegistry) answer through a thin adapter. Implementations are
 * thread-safe: requests call them concurrently.
 */
public interface EventJudge {

  /** The name of the plan the judge was built from ({@code plan.name}). */
  String planName();

  /** The version of that plan ({@code plan.version}). */
  int planVersion();

  /**
   * Judges the envelope of a plan event. The collector asks only about events the plan defines.
   *
   * @param eventName the event name exactly as in the plan, e.g. {@code Logged In}
   * @param envelope the envelope as UTF-8 JSON
   */
  Judgement judgeEvent(String eventName, byte[] envelope);

  /** Judges the traits of an identify call against the plan's people traits. */
  Judgement judgePersonTraits(byte[] traits);

  /** Judges the traits of a group call against the plan's company traits. */
  Judgement judgeCompanyTraits(byte[] traits);
}
