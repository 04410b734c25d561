package io.parley.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The defaults a scenario file gives for a run ({@code run:}); {@code parley run} may override
 * each. Names (protocol, strategies, session modes) are checked by the engine.
 *
 * @param protocol the protocol's name
 * @param deadline the deadline in rounds (when there are no sessions)
 * @param mediator the lead mediator's id
 * @param mediatorStrategy the strategy name every mediator's agent plays
 * @param negotiators party id to strategy name
 * @param sessions the session timeline, in order (empty for one plenary session)
 * @param seed the random seed
 */
public record RunSection(
    Optional<String> protocol,
    OptionalInt deadline,
    Optional<String> mediator,
    Optional<String> mediatorStrategy,
    Map<String, String> negotiators,
    List<SessionSpec> sessions,
    OptionalLong seed) {

  /** No defaults. */
  public static final RunSection NONE =
      new RunSection(
          Optional.empty(),
          OptionalInt.empty(),
          Optional.empty(),
          Optional.empty(),
          Map.of(),
          List.of(),
          OptionalLong.empty());

  public RunSection {
    negotiators = Map.copyOf(negotiators);
    sessions = List.copyOf(sessions);
  }

  /**
   * One session of the timeline as written in the file.
   *
   * @param mode {@code plenary} or {@code shuttle}
   * @param broker the shuttling mediator, or empty
   * @param absent parties that stay away
   */
  public record SessionSpec(
      String name,
      String venue,
      String date,
      int rounds,
      String mode,
      String broker,
      List<String> absent) {
    public SessionSpec {
      absent = List.copyOf(absent);
    }
  }
}
