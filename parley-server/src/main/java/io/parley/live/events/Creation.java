package io.parley.live.events;

import io.parley.live.LiveException;
import io.parley.live.events.LiveEvent.NegotiationCreated;
import io.parley.live.rooms.Visibility;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.RunSection;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioException;
import io.parley.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first event of a live negotiation, made from a scenario: its public facts (name, description,
 * participants, issues, the deadline in rounds, the lead mediator) for everyone, and the scenario's
 * text and the robots' seed sealed for the server alone.
 *
 * <p>The lead mediator is the scenario's run mediator, else its first participant with role
 * mediator, else a mediator the server adds with id {@value #ADDED_MEDIATOR}. The deadline is the
 * run section's deadline, else the sum of its sessions' rounds, else {@value #DEFAULT_DEADLINE}.
 */
public record Creation(String lead, EventDraft event) {
  /** The id of the mediator added to a scenario that names none. */
  static final String ADDED_MEDIATOR = "mediator";

  /** The deadline in rounds when the scenario gives none. */
  static final int DEFAULT_DEADLINE = 20;

  /**
   * @param seed the robots' seed, or {@link Long#MIN_VALUE} for the scenario's (else {@code
   *     fallbackSeed})
   * @throws LiveException BAD_INPUT for a scenario that breaks the format or uses a reserved id
   */
  public static Creation of(String id, String text, long seed, long fallbackSeed) {
    if (text == null || text.isBlank()) {
      throw LiveException.badInput(
          "field 'scenario' is empty; expected a scenario in YAML or JSON");
    }
    boolean json = text.stripLeading().startsWith("{");
    Scenario scenario;
    try {
      scenario = ScenarioReader.parse("scenario", text, json);
    } catch (ScenarioException e) {
      throw LiveException.badInput("invalid scenario: " + e.getMessage());
    }
    List<Party> participants = new ArrayList<>(scenario.parties());
    for (Party party : participants) {
      if (party.id().equals(Visibility.SYSTEM)
          || party.id().equals(Visibility.MEDIATOR) && party.role() != Role.MEDIATOR) {
        throw LiveException.badInput(
            "invalid scenario: participant id '"
                + party.id()
                + "' is reserved by the server; rename it");
      }
    }
    RunSection run = scenario.run();
    String lead =
        run.mediator()
            .orElse(
                participants.stream()
                    .filter(p -> p.role() == Role.MEDIATOR)
                    .map(Party::id)
                    .findFirst()
                    .orElse(ADDED_MEDIATOR));
    if (participants.stream().noneMatch(p -> p.id().equals(lead))) {
      participants.add(new Party(ADDED_MEDIATOR, "Mediator", Role.MEDIATOR));
    }
    int deadline =
        run.deadline()
            .orElse(
                run.sessions().isEmpty()
                    ? DEFAULT_DEADLINE
                    : run.sessions().stream().mapToInt(RunSection.SessionSpec::rounds).sum());
    List<Participant> seats = new ArrayList<>();
    List<String> recipients = new ArrayList<>(List.of(Visibility.MEDIATOR));
    for (Party party : participants) {
      seats.add(new Participant(party.id(), party.name(), party.role()));
      if (party.role() != Role.MEDIATOR) {
        recipients.add(party.id());
      }
    }
    recipients.add(Visibility.SYSTEM);
    NegotiationCreated created =
        new NegotiationCreated(
            scenario.name(),
            scenario.description(),
            lead,
            seats,
            publicSpace(scenario.space()),
            deadline,
            Optional.of(
                new NegotiationCreated.Secret(
                    text,
                    json ? "json" : "yaml",
                    seed != Long.MIN_VALUE ? seed : run.seed().orElse(fallbackSeed))));
    ScenarioLimits.check(created);
    return new Creation(lead, new EventDraft(created, recipients));
  }

  /**
   * The issues as every participant reads them, and as the log's copy of the creation gives them
   * back: ids, names and discrete labels, or a range's min, last value on its grid and step.
   */
  private static OutcomeSpace publicSpace(OutcomeSpace space) {
    List<Issue> issues = new ArrayList<>();
    for (Issue issue : space.issues()) {
      if (issue instanceof DiscreteIssue discrete) {
        issues.add(new DiscreteIssue(issue.id(), issue.name(), discrete.labels()));
      } else {
        IntegerIssue range = (IntegerIssue) issue;
        issues.add(
            new IntegerIssue(issue.id(), issue.name(), range.min(), range.last(), range.step()));
      }
    }
    return new OutcomeSpace(issues);
  }
}
