package io.parley.live.consent;

import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the mediators' views may be computed from, given what each party confided and consented to:
 * the single gate between confided preferences and every mediator-side view other than the
 * suggested packages. A party that has not confided is drawn from the scenario's preferences (the
 * mediation team's own estimate), and so is a party that confided under {@link
 * Consent#SUGGESTIONS}: nothing a mediator sees besides the packages then depends on what it
 * confided.
 */
public final class MediatorBasis {
  /** Where the mediators' chart takes a party's preferences from. */
  public enum Source {
    /** The party has not confided: the scenario's preferences. */
    SCENARIO,
    /** The party confided and consents to its utilities being shown. */
    CONFIDED,
    /**
     * The party confided for suggestions only: the chart uses the scenario's preferences, as for a
     * party that has not confided.
     */
    WITHHELD;

    /** The source's name in the API. */
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Scenario scenario;
  private final Map<String, Confiding> confidings;

  private MediatorBasis(Scenario scenario, Map<String, Confiding> confidings) {
    this.scenario = scenario;
    this.confidings = Map.copyOf(confidings);
  }

  /**
   * The basis of {@code scenario} with {@code confidings}.
   *
   * @param confidings party to its latest confiding
   */
  public static MediatorBasis of(Scenario scenario, Map<String, Confiding> confidings) {
    for (String party : confidings.keySet()) {
      if (!scenario.negotiatingParties().contains(party)) {
        throw new IllegalArgumentException("'" + party + "' is not a party of the scenario");
      }
    }
    return new MediatorBasis(scenario, confidings);
  }

  /** The scenario the basis is of. */
  public Scenario scenario() {
    return scenario;
  }

  /** The negotiating parties, in the scenario's order. */
  public List<String> parties() {
    return scenario.negotiatingParties();
  }

  /**
   * The confided preferences the mediators' views may use: those of the parties whose consent
   * allows their utilities to be shown. A view computes a party's utilities from these, else from
   * the scenario.
   */
  public Map<String, Preferences> usableConfided() {
    Map<String, Preferences> usable = new LinkedHashMap<>();
    for (String party : parties()) {
      Confiding confiding = confidings.get(party);
      if (confiding != null && confiding.consent().allowsUtilities()) {
        usable.put(party, confiding.preferences());
      }
    }
    return usable;
  }

  /** Each party's preferences as the mediators' views use them, in the scenario's order. */
  public Map<String, Preferences> preferences() {
    Map<String, Preferences> basis = new LinkedHashMap<>();
    Map<String, Preferences> usable = usableConfided();
    for (String party : parties()) {
      basis.put(party, usable.getOrDefault(party, scenario.preferences().get(party)));
    }
    return basis;
  }

  /** Where the views take {@code party}'s preferences from. */
  public Source source(String party) {
    Confiding confiding = confidings.get(party);
    if (confiding == null) {
      return Source.SCENARIO;
    }
    return confiding.consent().allowsUtilities() ? Source.CONFIDED : Source.WITHHELD;
  }

  /**
   * Whether the mediators may see {@code party}'s reservation as the views use it: the scenario's
   * for a party that has not confided; a confided one by consent ({@link
   * Confiding#showsReservation}); none for a party that confided for suggestions only.
   */
  public boolean showsReservation(String party) {
    Confiding confiding = confidings.get(party);
    return confiding == null || confiding.showsReservation();
  }

  /** The consent of each party that confided, in the scenario's order, by its API name. */
  public Map<String, String> consents() {
    Map<String, String> consents = new LinkedHashMap<>();
    for (String party : parties()) {
      Confiding confiding = confidings.get(party);
      if (confiding != null) {
        consents.put(party, confiding.consent().wire());
      }
    }
    return consents;
  }

  /** The confided bodies of the parties that consented to {@link Consent#FULL}, as sent. */
  public Map<String, String> fullPreferences() {
    Map<String, String> full = new LinkedHashMap<>();
    for (String party : parties()) {
      Confiding confiding = confidings.get(party);
      if (confiding != null && confiding.consent() == Consent.FULL) {
        full.put(party, confiding.body());
      }
    }
    return full;
  }
}
