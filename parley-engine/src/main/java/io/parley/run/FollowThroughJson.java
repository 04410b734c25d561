package io.parley.run;

import io.parley.settlement.FollowThroughResult;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code follow_through} key of {@code parley run --json}, after the summary's keys: {@code
 * ratified}, {@code defector} (party id or null), {@code steps_done} and {@code utilities} (party
 * id to utility after the follow-through; see {@link FollowThroughResult#utilities()}). Absent when
 * the run had no follow-through (no agreement, or neither ratifiers nor a plan).
 */
public final class FollowThroughJson {
  private FollowThroughJson() {}

  /**
   * The extra field for {@link RunJson#write(RunSummary, io.parley.outcome.OutcomeSpace,
   * java.io.Writer, RunJson.ExtraFields)}.
   */
  public static RunJson.ExtraFields field(Optional<FollowThroughResult> result) {
    return g -> {
      if (result.isEmpty()) {
        return;
      }
      FollowThroughResult r = result.get();
      g.writeObjectFieldStart("follow_through");
      g.writeBooleanField("ratified", r.ratified());
      if (r.defector().isPresent()) {
        g.writeStringField("defector", r.defector().get());
      } else {
        g.writeNullField("defector");
      }
      g.writeNumberField("steps_done", r.stepsDone());
      g.writeObjectFieldStart("utilities");
      for (Map.Entry<String, Double> e : r.utilities().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    };
  }
}
