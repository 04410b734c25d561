package io.parley.live.robots;

import io.parley.live.events.LiveEvent;
import io.parley.live.log.LoggedEvent;
import io.parley.negotiator.Action;
import io.parley.outcome.Outcome;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A live negotiation's log read as the rounds of the engine's single-text mechanism: the one
 * reading that both the seats' moves and the check of the moves already taken use.
 *
 * <ul>
 *   <li>Each text version released to at least one party is a round's text, in version order. A
 *       version released to every party is a plenary round; one released to some parties only is a
 *       round from which the others are absent (the engine's absent parties neither see nor answer
 *       a round's text), so a robot party answers a text released to it alone. The {@link
 *       #timeline} holds these rounds, then the rounds still to come up to the deadline: the live
 *       rules count only versions released to every party against the deadline, and so does it.
 *   <li>A party's review in a round it attends is its latest answer to that version. Once a later
 *       round's text is out and the party never answered, its review is a rejection saying so (the
 *       engine has no unanswered review); an answer given later replaces it.
 * </ul>
 *
 * Fed the log's events once each, in order ({@link #add}).
 */
final class LogRounds {
  private final List<String> parties;
  private final Map<Integer, Outcome> outcomes = new HashMap<>();
  private final Set<Integer> robotDrafts = new HashSet<>();

  /** Each version released to a party, to the parties it was released to. */
  private final TreeMap<Integer, Set<String>> released = new TreeMap<>();

  private final Map<String, LiveEvent.ResponseSubmitted> answers = new HashMap<>();
  private List<Integer> rounds = List.of();
  private int latest;

  LogRounds(List<String> parties) {
    this.parties = List.copyOf(parties);
  }

  /** Reads the next event of the log. */
  void add(LoggedEvent logged) {
    LiveEvent event = logged.event();
    if (event instanceof LiveEvent.TextDrafted drafted) {
      outcomes.put(drafted.version(), drafted.outcome());
      latest = Math.max(latest, drafted.version());
      if (drafted.robot()) {
        robotDrafts.add(drafted.version());
      }
    } else if (event instanceof LiveEvent.TextReleased release) {
      outcomes.putIfAbsent(release.version(), release.outcome());
      for (String to : release.to()) {
        if (parties.contains(to)) {
          released.computeIfAbsent(release.version(), v -> new LinkedHashSet<>()).add(to);
        }
      }
      rounds = List.copyOf(released.keySet());
    } else if (event instanceof LiveEvent.ResponseSubmitted response) {
      answers.put(key(logged.actor(), response.version()), response);
    }
  }

  /**
   * The engine's timeline for a deadline of {@code deadline} rounds: a plenary session for each run
   * of versions released to every party, a session of one round (with the other parties absent) for
   * each version released to some parties only, and the rounds still to come in the last plenary
   * session. Appending a text released to every party leaves it as it was.
   */
  Timeline timeline(int deadline) {
    List<Session> sessions = new ArrayList<>();
    int plenary = 0;
    int full = 0;
    for (int version : rounds) {
      List<String> absent = absent(version);
      if (absent.isEmpty()) {
        plenary++;
        full++;
        continue;
      }
      if (plenary > 0) {
        sessions.add(Session.plenary("talks", plenary));
        plenary = 0;
      }
      sessions.add(new Session("version " + version, "", "", 1, SessionMode.PLENARY, "", absent));
    }
    plenary += Math.max(0, deadline - full);
    if (plenary > 0) {
      sessions.add(Session.plenary("talks", plenary));
    }
    return new Timeline(sessions);
  }

  private List<String> absent(int version) {
    Set<String> to = released.getOrDefault(version, Set.of());
    return parties.stream().filter(p -> !to.contains(p)).toList();
  }

  /** The version that is round {@code round}'s text, if it has been released. */
  Optional<Integer> version(int round) {
    return round >= 1 && round <= rounds.size()
        ? Optional.of(rounds.get(round - 1))
        : Optional.empty();
  }

  /**
   * The latest version, if a robot drafted it for round {@code round} and it is not yet released:
   * the robot mediator's draft whose release is still due.
   */
  Optional<Integer> robotDraft(int round) {
    if (round != rounds.size() + 1 || !robotDrafts.contains(latest)) {
      return Optional.empty();
    }
    return latest > version(round - 1).orElse(0) ? Optional.of(latest) : Optional.empty();
  }

  Outcome outcome(int version) {
    return outcomes.get(version);
  }

  boolean robotDrafted(int version) {
    return robotDrafts.contains(version);
  }

  /** The parties version {@code version} has not been released to, in scenario order. */
  List<String> notReleasedTo(int version) {
    return absent(version);
  }

  /** {@code party}'s logged answer to round {@code round}'s text, if any. */
  Optional<LiveEvent.ResponseSubmitted> logged(String party, int round) {
    return version(round).map(v -> answers.get(key(party, v)));
  }

  /**
   * {@code party}'s review in round {@code round} as the log gives it: its latest answer, the
   * rejection of an unanswered round once a later round's text is out, or empty while the party may
   * still answer.
   */
  Optional<Action> review(String party, int round) {
    Optional<LiveEvent.ResponseSubmitted> answer = logged(party, round);
    if (answer.isPresent()) {
      return Optional.of(Answers.action(answer.get()));
    }
    Optional<Integer> next = version(round + 1);
    if (next.isPresent()) {
      return Optional.of(
          new Action.Reject(
              "no answer to version "
                  + version(round).orElseThrow()
                  + " before version "
                  + next.get()
                  + " was released"));
    }
    return Optional.empty();
  }

  private static String key(String party, int version) {
    return version + " " + party;
  }
}
