package io.parley.tournament;

import io.parley.plugin.PluginAgents;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.util.ArrayList;
import java.util.List;

/** Plans tournaments: the entry point of the library. */
public final class Tournament {
  private Tournament() {}

  /**
   * The plan of {@code config}: for every scenario, protocol and competing mediator (mediated
   * protocols only), every seating of the competitors in the scenario's negotiating roles ({@link
   * Seatings}), each repeated {@code repetitions} times. A mediated protocol is left out, with a
   * note, for a scenario that has no mediator.
   *
   * <p>Loads every scenario (through {@link ScenarioCache}) and builds every competitor once, so
   * that a bad file or an unknown strategy is reported before anything runs.
   *
   * @throws io.parley.scenario.ScenarioException if a scenario cannot be read
   * @throws IllegalArgumentException for an unknown strategy, or fewer competitors than a
   *     scenario's roles without self-play, naming the competitor or scenario
   */
  public static Plan plan(TournamentConfig config) {
    PluginAgents agents = agents(config);
    for (Competitor c : config.competitors()) {
      check(c, () -> close(Strategies.negotiator(c.spec(), agents)), "competitor");
    }
    for (Competitor c : config.mediators()) {
      check(c, () -> close(Strategies.mediator(c.spec(), agents)), "mediator");
    }
    int n = config.competitors().size();
    List<Plan.Block> blocks = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    long offset = 0;
    for (ScenarioRef ref : config.scenarios()) {
      Scenario scenario = ScenarioCache.get(ref).scenario();
      List<String> parties = scenario.negotiatingParties();
      int k = parties.size();
      if (!config.selfPlay() && n < k) {
        throw new IllegalArgumentException(
            "scenario "
                + ref.id()
                + " has "
                + k
                + " negotiating roles but the tournament has only "
                + n
                + " competitors and self_play is false; add competitors or allow self-play");
      }
      int[][] seatings = Seatings.of(n, k, config.rotateRoles(), config.selfPlay());
      boolean hasMediator =
          scenario.parties().stream().map(Party::role).anyMatch(r -> r == Role.MEDIATOR);
      for (ProtocolKind protocol : config.protocols()) {
        if (protocol == ProtocolKind.ALTERNATING_OFFERS) {
          blocks.add(new Plan.Block(ref, parties, protocol, "", seatings, offset));
          offset += (long) seatings.length * config.repetitions();
          continue;
        }
        if (!hasMediator) {
          notes.add(
              "protocol "
                  + protocol.key()
                  + " left out for scenario "
                  + ref.id()
                  + ": it has no party with role mediator");
          continue;
        }
        for (Competitor mediator : config.competingMediators()) {
          blocks.add(new Plan.Block(ref, parties, protocol, mediator.name(), seatings, offset));
          offset += (long) seatings.length * config.repetitions();
        }
      }
    }
    return new Plan(config, blocks, notes);
  }

  private static PluginAgents agents(TournamentConfig config) {
    try {
      return PluginAgents.of(config.agentPath());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("agent_path: " + e.getMessage(), e);
    }
  }

  /** Closes a trial-built seat that holds a resource (a process agent's child). */
  private static void close(Object seat) {
    if (seat instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not stop a trial agent: " + e.getMessage(), e);
      }
    }
  }

  private static void check(Competitor c, Runnable build, String what) {
    try {
      build.run();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " '" + c.name() + "': " + e.getMessage(), e);
    }
  }
}
