package io.parley.tournament;

import io.parley.protocol.ProtocolKind;
import io.parley.run.RunConfiguration;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What a tournament compares and how: read from YAML or JSON by {@link TournamentConfigReader}, or
 * built in Java. Documented, with its JSON Schema, in docs/tournaments.md.
 *
 * @param name the tournament's name, shown in reports
 * @param scenarios the scenarios, at least one, ids unique
 * @param competitors the negotiator competitors, at least one, names unique
 * @param mediators the mediator competitors of mediated protocols; empty means the default mediator
 *     strategy of {@code parley run}
 * @param protocols the protocols, at least one, no repeats
 * @param deadline when each negotiation ends without agreement
 * @param repetitions how often each pairing is negotiated, at least 1
 * @param seed the tournament seed; every negotiation's seed is derived from it and the key
 * @param rotateRoles whether every competitor plays every role (all seatings of a tuple) or each
 *     tuple is seated once, in competitor order
 * @param selfPlay whether a competitor may meet itself
 * @param agentPath where plug-in agents are looked up, passed through to the strategy resolver
 * @param negotiationTimeout the wall time after which a negotiation that has not ended is recorded
 *     as a hang failure
 * @param callBudget the time budget per agent call; zero (the default) calls agents on the runner's
 *     thread, which is fastest, and leaves hangs to {@code negotiationTimeout}
 */
public record TournamentConfig(
    String name,
    List<ScenarioRef> scenarios,
    List<Competitor> competitors,
    List<Competitor> mediators,
    List<ProtocolKind> protocols,
    Deadline deadline,
    int repetitions,
    long seed,
    boolean rotateRoles,
    boolean selfPlay,
    List<String> agentPath,
    Duration negotiationTimeout,
    Duration callBudget)
    implements Serializable {

  /** The default hang limit per negotiation. */
  public static final Duration DEFAULT_NEGOTIATION_TIMEOUT = Duration.ofSeconds(60);

  public TournamentConfig {
    scenarios = List.copyOf(scenarios);
    competitors = List.copyOf(competitors);
    mediators = List.copyOf(mediators);
    protocols = List.copyOf(protocols);
    agentPath = List.copyOf(agentPath);
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("a tournament needs at least one scenario");
    }
    if (competitors.isEmpty()) {
      throw new IllegalArgumentException("a tournament needs at least one competitor");
    }
    if (protocols.isEmpty()) {
      throw new IllegalArgumentException("a tournament needs at least one protocol");
    }
    if (repetitions < 1) {
      throw new IllegalArgumentException("repetitions " + repetitions + "; expected at least 1");
    }
    if (negotiationTimeout.isNegative() || negotiationTimeout.isZero()) {
      throw new IllegalArgumentException(
          "negotiation timeout " + negotiationTimeout + "; expected a positive time");
    }
    if (callBudget.isNegative()) {
      throw new IllegalArgumentException("call budget " + callBudget + " is negative");
    }
    unique(scenarios.stream().map(ScenarioRef::id).toList(), "scenario");
    unique(competitors.stream().map(Competitor::name).toList(), "competitor");
    unique(mediators.stream().map(Competitor::name).toList(), "mediator");
    unique(protocols.stream().map(ProtocolKind::key).toList(), "protocol");
  }

  /** A config with the defaults: alternating offers, 100 rounds, one repetition, seed 0. */
  public static TournamentConfig of(
      String name, List<ScenarioRef> scenarios, List<Competitor> competitors) {
    return new TournamentConfig(
        name,
        scenarios,
        competitors,
        List.of(),
        List.of(ProtocolKind.ALTERNATING_OFFERS),
        Deadline.DEFAULT,
        1,
        0,
        true,
        true,
        List.of(),
        DEFAULT_NEGOTIATION_TIMEOUT,
        Duration.ZERO);
  }

  /** The competitor called {@code name}. */
  public Competitor competitor(String name) {
    for (Competitor c : competitors) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no competitor '" + name + "'");
  }

  /**
   * The mediators that compete in mediated protocols: those configured, or the default mediator
   * strategy of {@code parley run} when none are.
   */
  public List<Competitor> competingMediators() {
    return mediators.isEmpty()
        ? List.of(Competitor.of(RunConfiguration.DEFAULT_MEDIATOR))
        : mediators;
  }

  /** The mediator competitor called {@code name}. */
  public Competitor mediator(String name) {
    for (Competitor c : competingMediators()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no mediator '" + name + "'");
  }

  /**
   * A fingerprint of everything that decides the results (all fields but the name): 64 hex digits
   * of SHA-256. A results folder remembers it, so that {@code --resume} refuses a folder of another
   * tournament.
   */
  public String fingerprint() {
    var text = new StringBuilder("parley-tournament/1\n");
    for (ScenarioRef s : scenarios) {
      text.append("scenario ").append(s.id()).append(' ').append(s.files()).append('\n');
    }
    for (Competitor c : competitors) {
      text.append("competitor ").append(c.name()).append(' ').append(c.spec()).append('\n');
    }
    for (Competitor c : mediators) {
      text.append("mediator ").append(c.name()).append(' ').append(c.spec()).append('\n');
    }
    protocols.forEach(p -> text.append("protocol ").append(p.key()).append('\n'));
    text.append("deadline ").append(deadline).append('\n');
    text.append("repetitions ").append(repetitions).append('\n');
    text.append("seed ").append(seed).append('\n');
    text.append("rotate ").append(rotateRoles).append(" self ").append(selfPlay).append('\n');
    text.append("agents ").append(agentPath).append('\n');
    text.append("timeout ").append(negotiationTimeout).append(" budget ").append(callBudget);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static void unique(List<String> names, String what) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException(what + " '" + n + "' is listed twice");
      }
    }
  }
}
