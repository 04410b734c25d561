package io.parley.analysis;

import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.UtilityFunction;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Explains an empty zone of agreement: the minimal sets of red lines and reservation values that
 * cannot hold together (minimal unsatisfiable subsets), and the smallest relaxations that open a
 * zone (minimal correction sets: drop red lines, lower reservations to the best the others allow),
 * each with the packages it would put on the table.
 *
 * <p>Both searches go through subsets in order of size and skip supersets of what was already
 * found, so every reported set is minimal; a budget of {@link #MAX_CHECKS} satisfiability checks
 * and {@link #MAX_VISITS} subsets visited keeps large cases bounded, and the result says when it
 * was not exhaustive.
 */
final class DeadlockExplainer {
  /** The most subsets checked for satisfiability in one explanation. */
  static final int MAX_CHECKS = 20_000;

  /**
   * The most subsets visited in one explanation, counting those skipped as supersets of a finding:
   * skipping costs no check, but there are 2^n subsets of n constraints.
   */
  static final long MAX_VISITS = 1L << 22;

  /** The largest relaxation searched, in number of changes. */
  static final int MAX_RELAXATION_SIZE = 3;

  private final Scenario scenario;
  private final List<String> parties;
  private final List<Constraint> constraints = new ArrayList<>();
  private final List<RedLine> redLineOf = new ArrayList<>();
  private final List<Integer> partyOf = new ArrayList<>();
  private final Map<Long, Boolean> satisfiable = new HashMap<>();
  private long visits;
  private boolean exhausted;

  private DeadlockExplainer(Scenario scenario) {
    this.scenario = scenario;
    this.parties = scenario.negotiatingParties();
    OutcomeSpace space = scenario.space();
    for (int p = 0; p < parties.size(); p++) {
      String party = parties.get(p);
      Preferences preferences = scenario.preferences().get(party);
      List<RedLine> redLines = preferences.redLines();
      for (int i = 0; i < redLines.size(); i++) {
        constraints.add(new Constraint.RedLineConstraint(party, i, redLines.get(i).explain(space)));
        redLineOf.add(redLines.get(i));
        partyOf.add(p);
      }
      if (preferences.reservation() > 0) {
        constraints.add(new Constraint.Reservation(party, preferences.reservation()));
        redLineOf.add(null);
        partyOf.add(p);
      }
    }
  }

  /** Explains why {@code scenario} has no zone of agreement. */
  static Deadlock explain(Scenario scenario) {
    return new DeadlockExplainer(scenario).explain();
  }

  private Deadlock explain() {
    int n = constraints.size();
    if (n > 62) {
      return new Deadlock(
          "No zone of possible agreement; with "
              + n
              + " red lines and reservations the causes were not searched.",
          List.of(),
          List.of(),
          false);
    }
    long all = (1L << n) - 1;
    List<Long> conflicts = minimalSets(n, n, mask -> !isSatisfiable(mask));
    List<Long> corrections =
        minimalSets(n, MAX_RELAXATION_SIZE, mask -> isSatisfiable(all & ~mask));
    List<Conflict> conflictList = new ArrayList<>();
    for (long mask : conflicts) {
      conflictList.add(conflict(mask));
    }
    List<Relaxation> relaxations = new ArrayList<>();
    for (long mask : corrections) {
      relaxations.add(relaxation(mask));
    }
    return new Deadlock(summary(conflictList, relaxations), conflictList, relaxations, !exhausted);
  }

  private interface MaskTest {
    boolean test(long mask);
  }

  /** Minimal masks (by inclusion) of at most {@code maxSize} elements passing {@code test}. */
  private List<Long> minimalSets(int n, int maxSize, MaskTest test) {
    List<Long> found = new ArrayList<>();
    for (int size = 1; size <= Math.min(n, maxSize) && !exhausted; size++) {
      long mask = (1L << size) - 1;
      while (mask < (1L << n) && !exhausted) {
        if (++visits > MAX_VISITS) {
          exhausted = true;
          break;
        }
        long candidate = mask;
        // A check cut short by the budget is a guess, not a finding.
        if (found.stream().noneMatch(f -> (f & candidate) == f)
            && test.test(candidate)
            && !exhausted) {
          found.add(candidate);
        }
        long lowest = mask & -mask;
        long ripple = mask + lowest;
        mask = ripple | (((ripple ^ mask) >>> 2) / lowest);
      }
    }
    return found;
  }

  private boolean isSatisfiable(long mask) {
    Boolean known = satisfiable.get(mask);
    if (known != null) {
      return known;
    }
    if (satisfiable.size() >= MAX_CHECKS) {
      exhausted = true;
      return true;
    }
    AgreementSpace space = restricted(mask, Map.of());
    boolean result = hasZone(space);
    satisfiable.put(mask, result);
    return result;
  }

  private static boolean hasZone(AgreementSpace space) {
    if (!space.hasFeasibleOutcome()) {
      return false;
    }
    if (space.partyCount() == 0) {
      return true;
    }
    ParetoFrontier frontier = ParetoFrontier.of(space);
    for (int k = 0; k < frontier.size(); k++) {
      if (frontier.inZopa(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The agreement space with only the red lines in {@code mask} and only the parties whose
   * reservation is in {@code mask} (or all parties, with reservations lowered per {@code lowered},
   * when {@code lowered} is not empty).
   */
  private AgreementSpace restricted(long mask, Map<Integer, Double> overrides) {
    List<RedLine> redLines = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<UtilityFunction> utilities = new ArrayList<>();
    List<Double> reservations = new ArrayList<>();
    for (int c = 0; c < constraints.size(); c++) {
      if ((mask & (1L << c)) == 0) {
        continue;
      }
      if (redLineOf.get(c) != null) {
        redLines.add(redLineOf.get(c));
      }
    }
    for (int p = 0; p < parties.size(); p++) {
      double r = reservationIn(mask, p);
      if (overrides.containsKey(p)) {
        r = overrides.get(p);
      }
      if (r > 0 || !overrides.isEmpty()) {
        ids.add(parties.get(p));
        utilities.add(scenario.preferences().get(parties.get(p)).utility());
        reservations.add(r);
      }
    }
    return new AgreementSpace(
        scenario.space(),
        ids,
        utilities,
        reservations.stream().mapToDouble(Double::doubleValue).toArray(),
        redLines);
  }

  private double reservationIn(long mask, int party) {
    for (int c = 0; c < constraints.size(); c++) {
      if ((mask & (1L << c)) != 0
          && constraints.get(c) instanceof Constraint.Reservation r
          && partyOf.get(c) == party) {
        return r.value();
      }
    }
    return 0;
  }

  private Conflict conflict(long mask) {
    List<Constraint> members = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < constraints.size(); c++) {
      if ((mask & (1L << c)) != 0) {
        members.add(constraints.get(c));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < constraints.size(); c++) {
      if ((mask & (1L << c)) != 0 && redLineOf.get(c) != null) {
        order.add(c);
      }
    }
    for (int c = 0; c < constraints.size(); c++) {
      if ((mask & (1L << c)) != 0 && redLineOf.get(c) == null) {
        order.add(c);
      }
    }
    for (int c : order) {
      Constraint constraint = constraints.get(c);
      if (constraint instanceof Constraint.Reservation reservation) {
        Optional<Double> best = bestFor(partyOf.get(c), mask & ~(1L << c), Map.of());
        parts.add(
            reservation.party()
                + " needs at least "
                + fmt(reservation.value())
                + ", but "
                + best.map(b -> "the most it can get while the rest of this set holds is " + fmt(b))
                    .orElse("nothing else in this set can be met"));
      } else {
        parts.add(constraint.describe());
      }
    }
    String explanation =
        (members.size() == 1
                ? "This cannot be met by any outcome: "
                : "These cannot all hold together: ")
            + String.join("; ", parts)
            + ".";
    return new Conflict(members, explanation);
  }

  /**
   * The best utility {@code party} can get while the constraints in {@code mask} hold, with the
   * reservations of the parties in {@code lowered} replaced by the given values.
   */
  private Optional<Double> bestFor(int party, long mask, Map<Integer, Double> lowered) {
    var overrides = new HashMap<Integer, Double>();
    for (int p = 0; p < parties.size(); p++) {
      overrides.put(p, p == party ? 0.0 : lowered.getOrDefault(p, reservationIn(mask, p)));
    }
    AgreementSpace space = restricted(mask, overrides);
    if (!space.hasFeasibleOutcome()) {
      return Optional.empty();
    }
    ParetoFrontier frontier = ParetoFrontier.of(space);
    long best = Long.MIN_VALUE;
    for (int k = 0; k < frontier.size(); k++) {
      if (frontier.inZopa(k)) {
        best = Math.max(best, frontier.utilityTicks(party, k));
      }
    }
    return best == Long.MIN_VALUE ? Optional.empty() : Optional.of(UtilityScale.toUtility(best));
  }

  private Relaxation relaxation(long correction) {
    long all = (1L << constraints.size()) - 1;
    long kept = all & ~correction;
    List<String> changes = new ArrayList<>();
    List<Constraint.RedLineConstraint> dropped = new ArrayList<>();
    Map<String, Double> lowered = new LinkedHashMap<>();
    Map<Integer, Double> loweredByParty = new HashMap<>();
    for (int c = 0; c < constraints.size(); c++) {
      if ((correction & (1L << c)) != 0
          && constraints.get(c) instanceof Constraint.RedLineConstraint r) {
        dropped.add(r);
        changes.add("drop " + r.describe());
      }
    }
    for (int c = 0; c < constraints.size(); c++) {
      if ((correction & (1L << c)) != 0 && constraints.get(c) instanceof Constraint.Reservation r) {
        int party = partyOf.get(c);
        double to = bestFor(party, kept, loweredByParty).orElse(0.0);
        lowered.put(r.party(), to);
        changes.add(
            "lower "
                + r.party()
                + "'s reservation from "
                + fmt(r.value())
                + " to "
                + fmt(to)
                + " (by "
                + fmt(r.value() - to)
                + ")");
        loweredByParty.put(party, to);
      }
    }
    Scenario relaxed = relaxedScenario(dropped, lowered);
    AgreementSpace space = AgreementSpace.of(relaxed);
    Optional<BigInteger> zopa;
    try {
      zopa = Optional.of(ZopaCounter.count(space));
    } catch (AnalysisLimitException e) {
      zopa = Optional.empty();
    }
    Map<SolutionConcept, Solution> packages = Solutions.of(ParetoFrontier.of(space));
    String description = capitalise(String.join(" and ", changes));
    return new Relaxation(changes, dropped, lowered, description, zopa, packages);
  }

  private Scenario relaxedScenario(
      List<Constraint.RedLineConstraint> dropped, Map<String, Double> lowered) {
    Scenario result = scenario;
    for (String party : parties) {
      Preferences preferences = scenario.preferences().get(party);
      List<RedLine> keep = new ArrayList<>();
      for (int i = 0; i < preferences.redLines().size(); i++) {
        int index = i;
        if (dropped.stream().noneMatch(d -> d.party().equals(party) && d.index() == index)) {
          keep.add(preferences.redLines().get(i));
        }
      }
      Preferences changed = preferences.withRedLines(keep);
      if (lowered.containsKey(party)) {
        changed = changed.withReservation(lowered.get(party));
      }
      result = result.withPreferences(party, changed);
    }
    return result;
  }

  private String summary(List<Conflict> conflicts, List<Relaxation> relaxations) {
    AgreementSpace full = AgreementSpace.of(scenario);
    var sb = new StringBuilder("No zone of possible agreement: ");
    if (!full.hasFeasibleOutcome()) {
      sb.append("no outcome respects every party's red lines.");
    } else {
      sb.append(full.feasibleCount())
          .append(
              " outcomes respect every red line, but none gives every party at least its reservation value.");
    }
    if (!conflicts.isEmpty()) {
      sb.append(
              conflicts.size() == 1
                  ? " The clash: "
                  : " The first of " + conflicts.size() + " clashes: ")
          .append(withoutPreamble(conflicts.get(0).explanation()));
    }
    if (!relaxations.isEmpty()) {
      List<String> options = new ArrayList<>();
      for (Relaxation relaxation : relaxations) {
        String d = relaxation.description();
        options.add(Character.toLowerCase(d.charAt(0)) + d.substring(1));
      }
      sb.append(" A zone opens if you ").append(String.join("; or ", options)).append('.');
    }
    return sb.toString();
  }

  /** The explanation after its "These cannot all hold together: " preamble. */
  private static String withoutPreamble(String explanation) {
    return explanation.substring(explanation.indexOf(": ") + 2);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String fmt(double value) {
    String s = String.format(Locale.ROOT, "%.4f", value);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s + "0" : s;
  }
}
