package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.ratification.Constituency;
import io.parley.ratification.Ratification;
import io.parley.ratification.RatificationAnalyzer;
import io.parley.ratification.RatificationReport;
import io.parley.ratification.RatificationRule;
import io.parley.ratification.Ratifier;
import io.parley.scenario.FollowThrough;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Win-sets and the ratified zone against brute force on random scenarios: the first two parties
 * negotiate, the others' preferences become ratifiers of one side or the other, under random rules.
 */
class RatificationOracleTest {
  private static final int SCENARIOS = 300;

  @Test
  void winSetsAndRatifiedZone_matchBruteForce() {
    int emptied = 0;
    for (int seed = 0; seed < SCENARIOS; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Scenario source =
          RandomScenarios.generate(
              random, new RandomScenarios.Shape(4, 4, 1, 4, 5, 1, 2_000, 2, 0.3));
      List<String> ids = source.negotiatingParties();
      AgreementSpace all = AgreementSpace.of(source);
      Map<String, Preferences> negotiating = new LinkedHashMap<>();
      negotiating.put(ids.get(0), source.preferences().get(ids.get(0)));
      negotiating.put(ids.get(1), source.preferences().get(ids.get(1)));
      List<List<Ratifier>> sides = List.of(new ArrayList<>(), new ArrayList<>());
      for (int p = 2; p < ids.size(); p++) {
        double weight = 1 + random.nextInt(3);
        sides
            .get(random.nextInt(2))
            .add(new Ratifier("r" + p, "", weight, source.preferences().get(ids.get(p)), true));
      }
      List<Constituency> constituencies = new ArrayList<>();
      for (int s = 0; s < 2; s++) {
        if (!sides.get(s).isEmpty()) {
          constituencies.add(
              new Constituency(ids.get(s), rule(random, sides.get(s)), sides.get(s)));
        }
      }
      Scenario scenario =
          new Scenario(
              "random",
              "",
              List.of(Party.of(ids.get(0)), Party.of(ids.get(1))),
              source.space(),
              negotiating,
              null,
              new FollowThrough(Optional.empty(), Optional.of(new Ratification(constituencies))));
      Analysis analysis = Analyzer.analyze(scenario);

      RatificationReport report = RatificationAnalyzer.analyze(scenario, analysis);

      long[] winSet = new long[constituencies.size()];
      long[] inZone = new long[constituencies.size()];
      long[] zone = new long[1];
      BruteForceAnalysis.forEachOutcome(
          scenario.space(),
          values -> {
            Outcome o = new Outcome(values);
            boolean zopa =
                negotiating.values().stream().allMatch(p -> p.allows(values))
                    && all.utilityTicks(0, o) >= all.reservationTicks(0)
                    && all.utilityTicks(1, o) >= all.reservationTicks(1);
            boolean every = zopa;
            for (int s = 0; s < constituencies.size(); s++) {
              List<Ratifier> rs = constituencies.get(s).ratifiers();
              int yes = 0;
              double weight = 0;
              for (Ratifier r : rs) {
                int p = ids.indexOf(idOf(r));
                boolean accepts =
                    r.preferences().allows(values)
                        && all.utilityTicks(p, o) >= all.reservationTicks(p);
                if (accepts) {
                  yes++;
                  weight += r.weight();
                }
              }
              RatificationRule rule = constituencies.get(s).rule();
              boolean ratified =
                  rule instanceof RatificationRule.AnyVeto
                      ? yes == rs.size()
                      : rule instanceof RatificationRule.Majority
                          ? 2 * yes > rs.size()
                          : weight >= ((RatificationRule.WeightedThreshold) rule).threshold();
              if (ratified) {
                winSet[s]++;
                if (zopa) {
                  inZone[s]++;
                }
              } else {
                every = false;
              }
            }
            if (every) {
              zone[0]++;
            }
          });
      String context = "seed " + seed;
      for (int s = 0; s < constituencies.size(); s++) {
        assertThat(report.winSets().get(s).outcomes())
            .as(context)
            .contains(BigInteger.valueOf(winSet[s]));
        assertThat(report.winSets().get(s).inZone())
            .as(context)
            .contains(BigInteger.valueOf(inZone[s]));
      }
      assertThat(report.zone()).as(context).contains(BigInteger.valueOf(zone[0]));
      boolean shouldExplain = zone[0] == 0 && analysis.zopa().orElseThrow().signum() > 0;
      assertThat(report.deadlock().isPresent()).as(context).isEqualTo(shouldExplain);
      if (shouldExplain) {
        emptied++;
        assertThat(report.responsible()).as(context).isNotEmpty();
      }
    }
    assertThat(emptied).as("scenarios where ratification empties the zone").isGreaterThan(10);
  }

  /** The ratifier's party index in the source scenario: ratifier "r2" is party2's preferences. */
  private static String idOf(Ratifier r) {
    return "party" + r.id().substring(1);
  }

  private static RatificationRule rule(SplittableRandom random, List<Ratifier> ratifiers) {
    double total = ratifiers.stream().mapToDouble(Ratifier::weight).sum();
    return switch (random.nextInt(3)) {
      case 0 -> RatificationRule.AnyVeto.INSTANCE;
      case 1 -> RatificationRule.Majority.INSTANCE;
      default -> new RatificationRule.WeightedThreshold(1 + random.nextInt((int) total));
    };
  }
}
