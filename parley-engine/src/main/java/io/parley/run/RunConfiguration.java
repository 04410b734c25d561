package io.parley.run;

import io.parley.plugin.PluginAgents;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.RunSection;
import io.parley.scenario.Scenario;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import io.parley.strategy.Strategies;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a scenario and a run's options into a {@link NegotiationSetup}: an option given for the run
 * wins over the scenario's {@code run} section, which wins over the defaults.
 *
 * <p>Defaults: the single negotiating text when the scenario has a mediator, alternating offers
 * otherwise; every party plays {@value #DEFAULT_NEGOTIATOR}; every mediator plays {@value
 * #DEFAULT_MEDIATOR}; the lead mediator is the first mediator in the file; {@value #DEFAULT_ROUNDS}
 * rounds (as in ANAC) in one plenary session; seed 0; every party confides its preferences to the
 * mediators.
 *
 * <p>A mediated protocol (single text or shuttle) asked for on a scenario without a mediator seats
 * an implicit neutral mediator: a participant with id {@value #NEUTRAL_MEDIATOR} (or {@code
 * mediator-2}, ... when that id is taken), role mediator and no preferences, playing the mediator
 * strategy as any mediator would. The setup's {@link NegotiationSetup#scenario() scenario} then
 * includes it; the negotiating parties and the analysis are unchanged.
 */
public final class RunConfiguration {
  /** The strategy a party plays unless told otherwise. */
  public static final String DEFAULT_NEGOTIATOR = "boa";

  /** The strategy a mediator plays unless told otherwise. */
  public static final String DEFAULT_MEDIATOR = "nash-seeking";

  /** The deadline in rounds unless told otherwise. */
  public static final int DEFAULT_ROUNDS = 100;

  /** The id of the implicit neutral mediator (see the class comment). */
  public static final String NEUTRAL_MEDIATOR = "mediator";

  private RunConfiguration() {}

  /**
   * The setup of a run.
   *
   * @throws IllegalArgumentException for an unknown strategy, protocol or participant, naming it
   */
  public static NegotiationSetup setup(Scenario scenario, RunOptions options) {
    return builder(scenario, options).build();
  }

  /**
   * The builder of the {@link #setup} of a run, for a caller that sets more (for instance {@link
   * NegotiationSetup.Builder#retainEvents(boolean)}) before building.
   *
   * @throws IllegalArgumentException for an unknown strategy, protocol or participant, naming it
   */
  public static NegotiationSetup.Builder builder(Scenario given, RunOptions options) {
    return builder(given, options, Strategies.plugins());
  }

  /**
   * The setup of a run whose plug-in specs resolve through {@code agents} rather than the
   * process-wide {@link Strategies#plugins()}: for callers that run several agent paths in one JVM.
   *
   * @throws IllegalArgumentException for an unknown strategy, protocol or participant, naming it
   */
  public static NegotiationSetup setup(Scenario scenario, RunOptions options, PluginAgents agents) {
    return builder(scenario, options, agents).build();
  }

  /**
   * The {@link #builder(Scenario, RunOptions)} of a run whose plug-in specs resolve through {@code
   * agents}.
   *
   * @throws IllegalArgumentException for an unknown strategy, protocol or participant, naming it
   */
  public static NegotiationSetup.Builder builder(
      Scenario given, RunOptions options, PluginAgents agents) {
    RunSection run = given.run();
    ProtocolKind protocol =
        options
            .protocol()
            .or(() -> run.protocol().map(ProtocolKind::of))
            .orElse(
                mediatorsOf(given).isEmpty()
                    ? ProtocolKind.ALTERNATING_OFFERS
                    : ProtocolKind.SINGLE_TEXT);
    Scenario scenario =
        protocol != ProtocolKind.ALTERNATING_OFFERS && mediatorsOf(given).isEmpty()
            ? withNeutralMediator(given)
            : given;
    List<String> mediators = mediatorsOf(scenario);
    var builder = NegotiationSetup.builder(scenario).protocol(protocol);
    for (String party : scenario.negotiatingParties()) {
      String name =
          options
              .negotiators()
              .getOrDefault(party, run.negotiators().getOrDefault(party, DEFAULT_NEGOTIATOR));
      if (!options.negotiators().containsKey(party)) {
        refuseProcessFromScenario(scenario, party, name);
      }
      builder.negotiator(party, name, Strategies.negotiator(name, agents));
    }
    for (String party : options.negotiators().keySet()) {
      if (!scenario.negotiatingParties().contains(party)) {
        throw new IllegalArgumentException(
            "--negotiator names '"
                + party
                + "', which is not a party with preferences; parties are "
                + scenario.negotiatingParties());
      }
    }
    if (protocol != ProtocolKind.ALTERNATING_OFFERS) {
      String strategy =
          options.mediatorStrategy().or(run::mediatorStrategy).orElse(DEFAULT_MEDIATOR);
      for (String mediator : mediators) {
        builder.mediator(mediator, strategy, Strategies.mediator(strategy, agents));
      }
      String lead = options.leadMediator().or(run::mediator).orElse(mediators.get(0));
      if (!mediators.contains(lead)) {
        throw new IllegalArgumentException(
            "lead mediator '" + lead + "' is not a mediator; mediators are " + mediators);
      }
      builder.leadMediator(lead);
    }
    if (options.deadline().isPresent()) {
      builder.deadlineRounds(options.deadline().getAsInt());
    } else if (!run.sessions().isEmpty()) {
      builder.timeline(timeline(run));
    } else {
      builder.deadlineRounds(run.deadline().orElse(DEFAULT_ROUNDS));
    }
    builder.seed(options.seed().orElse(run.seed().orElse(0L)));
    builder.callBudget(options.callBudget());
    options.timeLimit().ifPresent(builder::timeLimit);
    return builder;
  }

  private static List<String> mediatorsOf(Scenario scenario) {
    List<String> mediators = new ArrayList<>();
    for (Party party : scenario.parties()) {
      if (party.role() == Role.MEDIATOR) {
        mediators.add(party.id());
      }
    }
    return mediators;
  }

  /** {@code scenario} with an implicit neutral mediator seated after its participants. */
  static Scenario withNeutralMediator(Scenario scenario) {
    String id = NEUTRAL_MEDIATOR;
    for (int k = 2; isTaken(scenario, id); k++) {
      id = NEUTRAL_MEDIATOR + "-" + k;
    }
    List<Party> parties = new ArrayList<>(scenario.parties());
    parties.add(new Party(id, "Neutral mediator", Role.MEDIATOR));
    return scenario.withParties(parties);
  }

  private static boolean isTaken(Scenario scenario, String id) {
    return scenario.parties().stream().anyMatch(p -> p.id().equals(id));
  }

  // ---- Plug-in agents: a scenario file is data and must not start programs.
  private static void refuseProcessFromScenario(Scenario scenario, String party, String name) {
    if (name.startsWith(PluginAgents.PROCESS_PREFIX)) {
      throw new IllegalArgumentException(
          "scenario '"
              + scenario.name()
              + "' names the process agent '"
              + name
              + "' for party '"
              + party
              + "' in its run section; a scenario file may not start programs, so give process"
              + " agents on the command line (--negotiator "
              + party
              + "=process:...)");
    }
  }

  private static Timeline timeline(RunSection run) {
    List<Session> sessions = new ArrayList<>();
    for (RunSection.SessionSpec spec : run.sessions()) {
      sessions.add(
          new Session(
              spec.name(),
              spec.venue(),
              spec.date(),
              spec.rounds(),
              SessionMode.of(spec.mode()),
              spec.broker(),
              spec.absent()));
    }
    return new Timeline(sessions);
  }
}
