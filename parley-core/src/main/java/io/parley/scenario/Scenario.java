package io.parley.scenario;

import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A negotiation to analyse or run: its participants, issues and each party's preferences.
 *
 * @param preferences party id to preferences, in the order of {@code parties}; only parties with
 *     role {@link Role#PARTY} may have preferences
 * @param run defaults for a run ({@link RunSection#NONE} when the file gives none)
 * @param followThrough the implementation plan and the ratifiers ({@link FollowThrough#NONE} when
 *     the file gives neither); every participant and party they name is one of this scenario's
 */
public record Scenario(
    String name,
    String description,
    List<Party> parties,
    OutcomeSpace space,
    Map<String, Preferences> preferences,
    RunSection run,
    FollowThrough followThrough) {

  /**
   * @throws IllegalArgumentException on duplicate party ids, preferences for an unknown party or a
   *     non-party, or preferences defined over another outcome space
   */
  public Scenario {
    description = description == null ? "" : description;
    parties = List.copyOf(parties);
    var ids = new HashSet<String>();
    for (Party party : parties) {
      if (!ids.add(party.id())) {
        throw new IllegalArgumentException("party id '" + party.id() + "' is used twice");
      }
    }
    var ordered = new LinkedHashMap<String, Preferences>();
    for (Party party : parties) {
      Preferences p = preferences.get(party.id());
      if (p == null) {
        continue;
      }
      if (party.role() != Role.PARTY) {
        throw new IllegalArgumentException(
            "'"
                + party.id()
                + "' is a "
                + party.role().fileName()
                + "; only parties have preferences");
      }
      if (!p.utility().space().equals(space)) {
        throw new IllegalArgumentException(
            "preferences of '" + party.id() + "' are defined over another outcome space");
      }
      ordered.put(party.id(), p);
    }
    for (String id : preferences.keySet()) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException("preferences given for unknown party '" + id + "'");
      }
    }
    preferences = Collections.unmodifiableMap(ordered);
    run = run == null ? RunSection.NONE : run;
    followThrough = followThrough == null ? FollowThrough.NONE : followThrough;
  }

  /** A scenario without an implementation plan or ratifiers. */
  public Scenario(
      String name,
      String description,
      List<Party> parties,
      OutcomeSpace space,
      Map<String, Preferences> preferences,
      RunSection run) {
    this(name, description, parties, space, preferences, run, FollowThrough.NONE);
  }

  /** A scenario without run defaults. */
  public Scenario(
      String name,
      String description,
      List<Party> parties,
      OutcomeSpace space,
      Map<String, Preferences> preferences) {
    this(name, description, parties, space, preferences, RunSection.NONE, FollowThrough.NONE);
  }

  /** This scenario with {@code newParties} as its participants, everything else kept. */
  public Scenario withParties(List<Party> newParties) {
    return new Scenario(name, description, newParties, space, preferences, run, followThrough);
  }

  /** The ids of the parties that have preferences, in file order. */
  public List<String> negotiatingParties() {
    return new ArrayList<>(preferences.keySet());
  }

  /** This scenario with one party's preferences replaced. */
  public Scenario withPreferences(String partyId, Preferences newPreferences) {
    var copy = new LinkedHashMap<>(preferences);
    copy.put(partyId, newPreferences);
    return new Scenario(name, description, parties, space, copy, run, followThrough);
  }
}
