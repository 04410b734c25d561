package io.parley.generation;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.ZopaCounter;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded random scenarios for tests, benchmarks and tournaments, with a zone of agreement of a
 * chosen size.
 *
 * <p>A scenario is drawn in three steps (see {@link RandomParts} for the details of each):
 *
 * <ol>
 *   <li>Issues {@code i1, i2, ...}, discrete or integer, 2 to 10 values each, at most {@link
 *       GenerationSpec#maxOutcomes()} outcomes.
 *   <li>Parties {@code p1, p2, ...}: linear additive utilities, the others partly opposed to the
 *       first; up to two red lines each, forbid, require or if-then.
 *   <li>Reservation values: a target share {@code s} of the outcomes is drawn log-uniformly in
 *       [{@link GenerationSpec#zoneLow() low}, {@link GenerationSpec#zoneHigh() high}]; each party
 *       gets a random weight {@code c_p} in [0.6, 1] of its best utility, and the reservations
 *       {@code λ · c_p} are raised together, by bisection on {@code λ}, to the highest level whose
 *       zone of agreement still holds at least {@code s} of the outcomes. The zone is counted
 *       exactly by {@link ZopaCounter}, the counter {@link io.parley.analysis.Analyzer} reports.
 * </ol>
 *
 * <p>A draw whose zone cannot be brought into [low, high] — the red lines leave too little, or the
 * count jumps past the range — is rejected and redrawn, up to {@value #MAX_DRAWS} times. The same
 * spec and seed always give the same scenario.
 */
public final class ScenarioGenerator {
  /** How many draws a scenario may take before the spec is declared unsatisfiable. */
  public static final int MAX_DRAWS = 1000;

  /** Bisection steps on the reservation level. */
  private static final int BISECTION_STEPS = 40;

  private final GenerationSpec spec;

  /** A generator of scenarios as {@code spec} describes. */
  public ScenarioGenerator(GenerationSpec spec) {
    this.spec = spec;
  }

  /** The spec. */
  public GenerationSpec spec() {
    return spec;
  }

  /**
   * The scenario of {@code seed}, named {@code random-<seed>}.
   *
   * @throws IllegalStateException if {@value #MAX_DRAWS} draws found no scenario meeting the spec
   */
  public Scenario generate(long seed) {
    return generate(new SplittableRandom(seed), "random-" + seed);
  }

  /**
   * {@code count} scenarios of consecutive seeds from {@code firstSeed}.
   *
   * @throws IllegalStateException if some seed's draws found no scenario meeting the spec
   */
  public List<Scenario> generate(long firstSeed, int count) {
    List<Scenario> scenarios = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      scenarios.add(generate(firstSeed + k));
    }
    return scenarios;
  }

  /**
   * A scenario named {@code name}, drawn from {@code random}.
   *
   * @throws IllegalStateException if {@value #MAX_DRAWS} draws found no scenario meeting the spec
   */
  public Scenario generate(RandomGenerator random, String name) {
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      int parties = spec.minParties() + random.nextInt(spec.maxParties() - spec.minParties() + 1);
      OutcomeSpace space = RandomParts.space(random, spec.maxOutcomes());
      List<LinearAdditiveUtility> utilities = RandomParts.utilities(random, space, parties);
      List<List<RedLine>> redLines = new ArrayList<>();
      for (int p = 0; p < parties; p++) {
        redLines.add(RandomParts.redLines(random, space, 2));
      }
      double share = logUniform(random, spec.zoneLow(), spec.zoneHigh());
      double[] ceilings = new double[parties];
      for (int p = 0; p < parties; p++) {
        ceilings[p] = (0.6 + 0.4 * random.nextDouble()) * best(utilities.get(p));
      }
      var reservations = reservations(space, utilities, redLines, ceilings, share);
      if (reservations != null) {
        return scenario(name, space, utilities, redLines, reservations);
      }
    }
    throw new IllegalStateException(
        MAX_DRAWS + " draws found no scenario meeting " + spec + "; widen the zone range");
  }

  /**
   * The reservations {@code λ · ceilings} for the highest {@code λ} in [0, 1] whose zone holds at
   * least {@code share} of the outcomes, or null when no level brings the share into the spec's
   * range.
   */
  private double[] reservations(
      OutcomeSpace space,
      List<LinearAdditiveUtility> utilities,
      List<List<RedLine>> redLines,
      double[] ceilings,
      double share) {
    BigDecimal outcomes = new BigDecimal(space.size());
    List<RedLine> all = redLines.stream().flatMap(List::stream).toList();
    double low = 0;
    double high = 1;
    double lowShare = share(space, utilities, all, scaled(ceilings, low), outcomes);
    if (lowShare < share) {
      return null;
    }
    for (int step = 0; step < BISECTION_STEPS; step++) {
      double middle = (low + high) / 2;
      if (share(space, utilities, all, scaled(ceilings, middle), outcomes) >= share) {
        low = middle;
      } else {
        high = middle;
      }
    }
    double[] reservations = scaled(ceilings, low);
    double reached = share(space, utilities, all, reservations, outcomes);
    return reached >= spec.zoneLow() && reached <= spec.zoneHigh() ? reservations : null;
  }

  /** The zone of agreement's share of all outcomes at these reservations; -1 beyond the limits. */
  private static double share(
      OutcomeSpace space,
      List<LinearAdditiveUtility> utilities,
      List<RedLine> redLines,
      double[] reservations,
      BigDecimal outcomes) {
    List<String> ids = new ArrayList<>();
    for (int p = 0; p < utilities.size(); p++) {
      ids.add(partyId(p));
    }
    try {
      BigInteger zone =
          ZopaCounter.count(new AgreementSpace(space, ids, utilities, reservations, redLines));
      return new BigDecimal(zone).divide(outcomes, MathContext.DECIMAL64).doubleValue();
    } catch (AnalysisLimitException e) {
      return -1;
    }
  }

  private Scenario scenario(
      String name,
      OutcomeSpace space,
      List<LinearAdditiveUtility> utilities,
      List<List<RedLine>> redLines,
      double[] reservations) {
    List<Party> participants = new ArrayList<>();
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    for (int p = 0; p < utilities.size(); p++) {
      participants.add(Party.of(partyId(p)));
      preferences.put(
          partyId(p), new Preferences(utilities.get(p), reservations[p], redLines.get(p), 1.0));
    }
    if (spec.mediator()) {
      participants.add(new Party("mediator", "Mediator", Role.MEDIATOR));
    }
    return new Scenario(
        name,
        "random scenario: "
            + utilities.size()
            + " parties, "
            + space.size()
            + " outcomes, zone share in ["
            + spec.zoneLow()
            + ", "
            + spec.zoneHigh()
            + "]",
        participants,
        space,
        preferences);
  }

  private static String partyId(int p) {
    return "p" + (p + 1);
  }

  /** The best utility of {@code utility}, red lines aside: the best value of every issue. */
  private static double best(LinearAdditiveUtility utility) {
    double best = 0;
    for (int i = 0; i < utility.space().issueCount(); i++) {
      double issueBest = 0;
      for (int v = 0; v < utility.space().issue(i).size(); v++) {
        issueBest = Math.max(issueBest, utility.contribution(i, v));
      }
      best += issueBest;
    }
    return Math.min(1.0, best);
  }

  private static double[] scaled(double[] ceilings, double level) {
    double[] scaled = new double[ceilings.length];
    for (int p = 0; p < ceilings.length; p++) {
      scaled[p] = Math.max(0.0, Math.min(1.0, level * ceilings[p]));
    }
    return scaled;
  }

  private static double logUniform(RandomGenerator random, double low, double high) {
    if (low >= high) {
      return low;
    }
    double lo = Math.log(Math.max(low, 1e-9));
    return Math.exp(lo + (Math.log(high) - lo) * random.nextDouble());
  }
}
