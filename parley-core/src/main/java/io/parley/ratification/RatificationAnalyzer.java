package io.parley.ratification;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.Analysis;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.Analyzer;
import io.parley.analysis.Conflict;
import io.parley.analysis.Constraint;
import io.parley.analysis.Deadlock;
import io.parley.analysis.Relaxation;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.FollowThrough;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Win-sets and the zone of agreement that survives ratification (Putnam, "Diplomacy and domestic
 * politics: the logic of two-level games", International Organization 42(3), 1988).
 *
 * <p>Counts enumerate the outcome space, up to {@link #MAX_OUTCOMES} outcomes; beyond that they are
 * left out with a note, never estimated. When ratification empties a zone that is not empty, the
 * explanation reuses the analysis' deadlock explainer: for each choice of one minimal winning
 * coalition per side (at most {@link #MAX_COALITION_CHOICES}), the coalition's ratifiers join the
 * negotiation as parties (their red lines and reservations become constraints), and the clashes and
 * relaxations of every choice are merged, smallest first.
 */
public final class RatificationAnalyzer {
  /** The largest outcome space whose win-sets are counted. */
  public static final long MAX_OUTCOMES = 10_000_000L;

  /** The most choices of winning coalitions explained. */
  public static final int MAX_COALITION_CHOICES = 64;

  private RatificationAnalyzer() {}

  /**
   * Analyses the scenario's ratification given its {@code analysis}.
   *
   * @throws IllegalArgumentException if the scenario has no ratification section
   */
  public static RatificationReport analyze(Scenario scenario, Analysis analysis) {
    Ratification ratification =
        scenario
            .followThrough()
            .ratification()
            .orElseThrow(() -> new IllegalArgumentException("the scenario has no ratifiers"));
    List<Constituency> sides = ratification.constituencies();
    List<String> notes = new ArrayList<>();
    OutcomeSpace space = scenario.space();
    Optional<long[][]> counts = Optional.empty();
    if (space.size().compareTo(BigInteger.valueOf(MAX_OUTCOMES)) <= 0) {
      counts = Optional.of(count(scenario, sides));
    } else {
      notes.add(
          "win-sets are counted by enumeration up to "
              + MAX_OUTCOMES
              + " outcomes; this space has "
              + space.size());
    }
    List<WinSet> winSets = new ArrayList<>();
    for (int s = 0; s < sides.size(); s++) {
      Constituency side = sides.get(s);
      int index = s;
      winSets.add(
          new WinSet(
              side.party(),
              side.rule().describe(),
              side.ratifiers().stream().map(Ratifier::id).toList(),
              counts.map(c -> BigInteger.valueOf(c[index][0])),
              counts.map(c -> BigInteger.valueOf(c[index][1]))));
    }
    Optional<BigInteger> zone = counts.map(c -> BigInteger.valueOf(c[sides.size()][0]));
    boolean emptied =
        zone.isPresent()
            && zone.get().signum() == 0
            && analysis.zopa().isPresent()
            && analysis.zopa().get().signum() > 0;
    List<String> responsible = new ArrayList<>();
    Optional<Deadlock> deadlock = Optional.empty();
    if (emptied) {
      deadlock = Optional.of(explain(scenario, sides, responsible, notes));
    }
    return new RatificationReport(winSets, zone, responsible, deadlock, notes);
  }

  /** Per side {outcomes ratified, zone outcomes ratified}; last row {zone ratified by all}. */
  private static long[][] count(Scenario scenario, List<Constituency> sides) {
    AgreementSpace agreement = AgreementSpace.of(scenario);
    OutcomeSpace space = scenario.space();
    long[] reservations = agreement.reservationTicks();
    long[][] counts = new long[sides.size() + 1][2];
    long size = space.size().longValueExact();
    for (long k = 0; k < size; k++) {
      Outcome outcome = space.outcomeAt(k);
      boolean inZone = agreement.isFeasible(outcome);
      for (int p = 0; inZone && p < agreement.partyCount(); p++) {
        inZone = agreement.utilityTicks(p, outcome) >= reservations[p];
      }
      boolean all = inZone;
      for (int s = 0; s < sides.size(); s++) {
        if (sides.get(s).ratifies(outcome)) {
          counts[s][0]++;
          if (inZone) {
            counts[s][1]++;
          }
        } else {
          all = false;
        }
      }
      if (all) {
        counts[sides.size()][0]++;
      }
    }
    return counts;
  }

  private static Deadlock explain(
      Scenario scenario, List<Constituency> sides, List<String> responsible, List<String> notes) {
    List<List<Ratifier>> choices = new ArrayList<>();
    choices.add(List.of());
    for (Constituency side : sides) {
      List<List<Ratifier>> next = new ArrayList<>();
      for (List<Ratifier> chosen : choices) {
        for (long coalition : side.minimalWinningCoalitions()) {
          List<Ratifier> extended = new ArrayList<>(chosen);
          for (int k = 0; k < side.ratifiers().size(); k++) {
            if ((coalition & (1L << k)) != 0) {
              extended.add(side.ratifiers().get(k));
            }
          }
          if (next.size() < MAX_COALITION_CHOICES) {
            next.add(extended);
          }
        }
      }
      choices = next;
    }
    Map<String, Conflict> conflicts = new LinkedHashMap<>();
    Map<String, Relaxation> relaxations = new LinkedHashMap<>();
    Set<String> blamed = new LinkedHashSet<>();
    Set<String> ratifierIds = new LinkedHashSet<>();
    sides.forEach(s -> s.ratifiers().forEach(r -> ratifierIds.add(r.id())));
    boolean complete = choices.size() < MAX_COALITION_CHOICES;
    for (List<Ratifier> choice : choices) {
      Analysis analysis;
      try {
        analysis = Analyzer.analyze(withRatifiers(scenario, choice));
      } catch (AnalysisLimitException e) {
        notes.add("a coalition of ratifiers could not be explained: " + e.getMessage());
        complete = false;
        continue;
      }
      if (analysis.deadlock().isEmpty()) {
        continue;
      }
      Deadlock d = analysis.deadlock().get();
      complete &= d.complete();
      for (Conflict c : d.conflicts()) {
        conflicts.putIfAbsent(c.explanation(), c);
        for (Constraint constraint : c.constraints()) {
          if (ratifierIds.contains(constraint.party())) {
            blamed.add(constraint.party());
          }
        }
      }
      d.relaxations().forEach(r -> relaxations.putIfAbsent(r.description(), r));
    }
    for (String id : ratifierIds) {
      if (blamed.contains(id)) {
        responsible.add(id);
      }
    }
    List<Relaxation> sorted = new ArrayList<>(relaxations.values());
    sorted.sort(Comparator.comparingInt(r -> r.changes().size()));
    int smallest = sorted.isEmpty() ? 0 : sorted.get(0).changes().size();
    List<Relaxation> smallestFirst = sorted;
    StringBuilder summary =
        new StringBuilder("Ratification empties the zone of agreement: no outcome in it is")
            .append(" ratified by every side.");
    if (!responsible.isEmpty()) {
      summary.append(" Ratifiers responsible: ").append(String.join(", ", responsible)).append('.');
    }
    List<String> options = new ArrayList<>();
    for (Relaxation r : smallestFirst) {
      if (r.changes().size() == smallest) {
        String text = r.description();
        options.add(Character.toLowerCase(text.charAt(0)) + text.substring(1));
      }
    }
    if (!options.isEmpty()) {
      summary.append(" It reopens if you ").append(String.join("; or ", options)).append('.');
    }
    return new Deadlock(
        summary.toString(), List.copyOf(conflicts.values()), smallestFirst, complete);
  }

  /** {@code scenario} with {@code ratifiers} seated as parties with their own preferences. */
  static Scenario withRatifiers(Scenario scenario, List<Ratifier> ratifiers) {
    List<Party> parties = new ArrayList<>(scenario.parties());
    Map<String, Preferences> preferences = new LinkedHashMap<>(scenario.preferences());
    for (Ratifier r : ratifiers) {
      parties.add(new Party(r.id(), r.name(), Role.PARTY));
      preferences.put(r.id(), r.preferences());
    }
    return new Scenario(
        scenario.name(),
        scenario.description(),
        parties,
        scenario.space(),
        preferences,
        scenario.run(),
        FollowThrough.NONE);
  }
}
