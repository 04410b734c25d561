package io.parley.run;

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
 * #DEFAULT_MEDIATOR}; the lead mediator is the first mediator in the file; 20 rounds in one plenary
 * session; seed 0; every party confides its preferences to the mediators.
 */
public final class RunConfiguration {
  /** The strategy a party plays unless told otherwise. */
  public static final String DEFAULT_NEGOTIATOR = "boa";

  /** The strategy a mediator plays unless told otherwise. */
  public static final String DEFAULT_MEDIATOR = "nash-seeking";

  /** The deadline in rounds unless told otherwise. */
  public static final int DEFAULT_ROUNDS = 20;

  private RunConfiguration() {}

  /**
   * The setup of a run.
   *
   * @throws IllegalArgumentException for an unknown strategy, protocol or participant, naming it
   */
  public static NegotiationSetup setup(Scenario scenario, RunOptions options) {
    RunSection run = scenario.run();
    List<String> mediators = new ArrayList<>();
    for (Party party : scenario.parties()) {
      if (party.role() == Role.MEDIATOR) {
        mediators.add(party.id());
      }
    }
    ProtocolKind protocol =
        options
            .protocol()
            .or(() -> run.protocol().map(ProtocolKind::of))
            .orElse(
                mediators.isEmpty() ? ProtocolKind.ALTERNATING_OFFERS : ProtocolKind.SINGLE_TEXT);
    var builder = NegotiationSetup.builder(scenario).protocol(protocol);
    for (String party : scenario.negotiatingParties()) {
      String name =
          options
              .negotiators()
              .getOrDefault(party, run.negotiators().getOrDefault(party, DEFAULT_NEGOTIATOR));
      builder.negotiator(party, Strategies.negotiator(name));
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
      if (mediators.isEmpty()) {
        throw new IllegalArgumentException(
            "protocol "
                + protocol.key()
                + " needs a participant with role mediator; scenario '"
                + scenario.name()
                + "' has none");
      }
      String strategy =
          options.mediatorStrategy().or(run::mediatorStrategy).orElse(DEFAULT_MEDIATOR);
      for (String mediator : mediators) {
        builder.mediator(mediator, Strategies.mediator(strategy));
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
    return builder.build();
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
