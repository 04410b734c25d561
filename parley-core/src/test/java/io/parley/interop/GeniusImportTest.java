package io.parley.interop;

import static io.parley.interop.Outcomes.utility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.UtilityFunction;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every GENIUS domain of ../shared/domains: issue and value counts, outcome counts, utilities of
 * spot-checked outcomes computed by hand from the files (GENIUS's formula, in GENIUS's operation
 * order), reservation and discount, and the Pareto frontier size against a brute-force oracle.
 */
class GeniusImportTest {

  private static int[] sizes(Scenario scenario) {
    return scenario.space().sizes();
  }

  private static List<String> names(Scenario scenario) {
    return scenario.space().issues().stream().map(Issue::name).toList();
  }

  private static int frontierSize(Scenario scenario) {
    Analysis analysis = Analyzer.analyze(scenario);
    return analysis.pareto().orElseThrow().size();
  }

  private static int oracleFrontierSize(Scenario scenario) {
    List<UtilityFunction> utilities = new ArrayList<>();
    scenario.preferences().values().forEach(p -> utilities.add(p.utility()));
    return FrontierOracle.frontier(scenario.space(), utilities).size();
  }

  @Test
  void laptop_normalisesByTheIssueMaximumAndCapsAtOne() {
    Scenario s = ScenarioSource.load(SharedDomains.dir("Laptop_ANAC2011")).scenario();
    assertThat(sizes(s)).containsExactly(3, 3, 3);
    assertThat(s.space().size()).isEqualTo(BigInteger.valueOf(27));
    assertThat(names(s)).containsExactly("Laptop", "Harddisk", "External Monitor");
    assertThat(s.space().issues().stream().map(Issue::id))
        .containsExactly("laptop", "harddisk", "external-monitor");
    assertThat(s.negotiatingParties())
        .containsExactly("laptop-buyer-utility", "laptop-seller-utility");
    // Buyer: weights 0.4452125771655631 + 0.37808251708013424 + 0.1767567099260568 = 1.0000518.
    // Dell 12/30 (max evaluation of Laptop is HP's 30), 60 Gb 30/30, 19'' LCD 30/30.
    assertThat(utility(s, "laptop-buyer-utility", "Dell", "60 Gb", "19'' LCD"))
        .isEqualTo(
            0.4452125771655631 * (12.0 / 30)
                + 0.37808251708013424 * (30.0 / 30)
                + 0.1767567099260568 * (30.0 / 30)); // = 0.55292...
    // HP, 60 Gb, 19'' LCD scores 1 on every issue: Σw = 1.0000518 > 1, capped to 1.
    assertThat(utility(s, "laptop-buyer-utility", "HP", "60 Gb", "19'' LCD")).isEqualTo(1.0);
    // Seller: Macintosh 30/30, 80 Gb 30/30, 20'' LCD 2/3 (monitor max 3).
    assertThat(utility(s, "laptop-seller-utility", "Macintosh", "80 Gb", "20'' LCD"))
        .isEqualTo(
            0.37808251708013424 * (30.0 / 30)
                + 0.1767567099260568 * (30.0 / 30)
                + 0.4452125771655631 * (2.0 / 3)); // = 0.85165...
    var buyer = s.preferences().get("laptop-buyer-utility");
    assertThat(buyer.utility()).isInstanceOf(CappedAdditiveUtility.class);
    assertThat(buyer.discount()).isEqualTo(0.42441038);
    assertThat(buyer.reservation()).isZero();
    assertThat(frontierSize(s)).isEqualTo(oracleFrontierSize(s)).isEqualTo(4);
  }

  @Test
  void itexVsCypress_normalisesEachIssueByItsOwnMaximum() {
    Scenario s = ScenarioSource.load(SharedDomains.dir("ItexvsCypress_ANAC2010")).scenario();
    assertThat(sizes(s)).containsExactly(5, 4, 3, 3);
    assertThat(s.space().size()).isEqualTo(BigInteger.valueOf(180));
    // Cypress: the maxima differ per issue (40, 25, 15, 20); its best outcome scores 1 everywhere.
    assertThat(
            utility(s, "itexvscypress-cypress", "$3.47", "20 days", "Upon delivery", "Full price"))
        .isEqualTo(
            0.4700166576535899 * (40.0 / 40)
                + 0.1220816713696379 * (25.0 / 25)
                + 0.17727008190772825 * (15.0 / 15)
                + 0.2306315890690439 * (20.0 / 20)); // = 0.9999999999999999
    // Itex: $4.12 20/30, 45 days 20/20, 30 days after delivery 25/25, 5% spoilage 30/30.
    assertThat(
            utility(
                s,
                "itexvscypress-itex",
                "$4.12",
                "45 days",
                "30 days after delivery",
                "5% spoilage allowed"))
        .isEqualTo(
            0.28812635027374 * (20.0 / 30)
                + 0.1915290482981283 * (20.0 / 20)
                + 0.24212575877553694 * (25.0 / 25)
                + 0.2782188426525948 * (30.0 / 30)); // = 0.90395...
    // Without per-issue normalisation Itex's $3.47 (evaluation 1) would score 1, not 1/30.
    assertThat(
            utility(
                s,
                "itexvscypress-itex",
                "$3.47",
                "60 days",
                "60 days after delivery",
                "Full price"))
        .isEqualTo(
            0.28812635027374 * (1.0 / 30)
                + 0.1915290482981283 * (1.0 / 20)
                + 0.24212575877553694 * (1.0 / 25)
                + 0.2782188426525948 * (1.0 / 30)); // = 0.03734...
    assertThat(s.preferences().get("itexvscypress-itex").utility())
        .isInstanceOf(LinearAdditiveUtility.class);
    assertThat(frontierSize(s)).isEqualTo(oracleFrontierSize(s)).isEqualTo(18);
  }

  @Test
  void englandZimbabwe_readsAllFiveIssues() {
    Scenario s = ScenarioSource.load(SharedDomains.dir("EnglandZimbabwe_ANAC2010")).scenario();
    assertThat(sizes(s)).containsExactly(4, 4, 3, 3, 4);
    assertThat(s.space().size()).isEqualTo(BigInteger.valueOf(576));
    // England: $10 billion 9/9, Reduction equal to fund size 8/8, reduce tariffs 12/12,
    // reduce imports 10/10, committee to discuss 10/10.
    assertThat(
            utility(
                s,
                "england",
                "$10 billion",
                "Reduction equal to fund size",
                "Zimbabwe will reduce tariffs on imports",
                "England will reduce imports",
                "Creation of committee to discuss creation of fund"))
        .isEqualTo(
            0.3031462333758278 * (9.0 / 9)
                + 0.303346839835533 * (8.0 / 8)
                + 0.049028952379678074 * (12.0 / 12)
                + 0.04904500802207314 * (10.0 / 10)
                + 0.29543296638688804 * (10.0 / 10)); // = 1.0
    // England: No agreement everywhere: 1/9, 1/8, 7/12, 6/10, and "No" 1/10.
    assertThat(
            utility(
                s, "england", "No agreement", "No agreement", "No agreement", "No agreement", "No"))
        .isEqualTo(
            0.3031462333758278 * (1.0 / 9)
                + 0.303346839835533 * (1.0 / 8)
                + 0.049028952379678074 * (7.0 / 12)
                + 0.04904500802207314 * (6.0 / 10)
                + 0.29543296638688804 * (1.0 / 10)); // = 0.16039...
    assertThat(frontierSize(s)).isEqualTo(oracleFrontierSize(s)).isEqualTo(25);
  }

  @Test
  void travel_handlesMoreThanAHundredThousandOutcomes() {
    Scenario s = ScenarioSource.load(SharedDomains.dir("Travel_ANAC2010")).scenario();
    assertThat(sizes(s)).containsExactly(7, 7, 4, 4, 6, 5, 8);
    assertThat(s.space().size()).isEqualTo(BigInteger.valueOf(188_160));
    assertThat(s.preferences().values())
        .allSatisfy(p -> assertThat(p.utility()).isInstanceOf(LinearAdditiveUtility.class));
    assertThat(frontierSize(s)).isEqualTo(oracleFrontierSize(s)).isEqualTo(12);
  }

  @Test
  void killerRobot_readsIntegerIssuesWithLinearEvaluators() {
    Scenario s = ScenarioSource.load(SharedDomains.dir("KillerRobot_ANAC2015")).scenario();
    assertThat(sizes(s)).containsExactly(3, 4, 10, 5, 8, 50);
    assertThat(s.space().size()).isEqualTo(BigInteger.valueOf(240_000));
    assertThat(s.space().issue(2)).isEqualTo(new IntegerIssue("guns", "Guns", 1, 10, 1));
    assertThat(s.space().issue(5)).isEqualTo(new IntegerIssue("height-m", "Height (m)", 1, 50, 1));
    assertThat(s.negotiatingParties()).hasSize(5);
    // util1: Humanoid 2/3, Legs 3/4, Guns = 3: clip(-0.044444444444444446·(3−1) + 1.0),
    // Bullets 1/5, Red 4/8, Height 50: clip(-0.012244897959183673·(50−1) + 1.0).
    double expected =
        0.22035198775630468 * (2.0 / 3)
            + 0.1612674898274903 * (3.0 / 4)
            + 0.06113094952802134 * (-0.044444444444444446 * (3 - 1) + 1.0)
            + 0.16216554312686268 * (1.0 / 5)
            + 0.23003625568900224 * (4.0 / 8)
            + 0.1650477740723188 * (-0.012244897959183673 * (50 - 1) + 1.0); // = 0.54736...
    // Integer evaluators become Parley linear value functions: equal up to rounding order.
    assertThat(utility(s, "killerrobot-util1", "Humanoid", "Legs", 3, "Bullets", "Red", 50))
        .isCloseTo(expected, within(1e-15));
    // util5: Height 50 scores 0.6 + 0.00816326530612245·49 = 1.0000000000000002, clipped to 1;
    // its weights sum to 1 + 2^-52, so the GENIUS cap makes its best outcome exactly 1.
    assertThat(s.preferences().get("killerrobot-util5").utility())
        .isInstanceOf(CappedAdditiveUtility.class);
    assertThat(utility(s, "killerrobot-util5", "Humanoid", "Tracks", 10, "Bullets", "Purple", 50))
        .isEqualTo(1.0);
    assertThat(frontierSize(s)).isEqualTo(7444);
  }

  @Test
  void energyA_keepsReservationAndDiscountAndReadsLeadingZeroEvaluations() {
    ImportedScenario imported = ScenarioSource.load(SharedDomains.dir("EnergyA_ANAC2012"));
    Scenario s = imported.scenario();
    assertThat(sizes(s)).containsExactly(5, 5, 5, 5, 5, 5, 5, 5);
    assertThat(s.space().size()).isEqualTo(BigInteger.valueOf(390_625));
    assertThat(s.space().issue(0).name()).isEqualTo("0000-0300");
    var prof1 = s.preferences().get("energy-a-prof1");
    assertThat(prof1.reservation()).isEqualTo(0.5);
    assertThat(prof1.discount()).isEqualTo(0.75);
    assertThat(prof1.utility()).isInstanceOf(LinearAdditiveUtility.class);
    // evaluation="044" is Double.valueOf("044") = 44; each issue's maximum is 1000.
    String v = "75 kW";
    assertThat(utility(s, "energy-a-prof1", v, v, v, v, v, v, v, v))
        .isEqualTo(
            0.16011376837688 * (44.0 / 1000)
                + 0.15435398796846 * (248.0 / 1000)
                + 0.096789244305129 * (410.0 / 1000)
                + 0.11435666083823 * (56.0 / 1000)
                + 0.10446693994542 * (285.0 / 1000)
                + 0.067956397868091 * (147.0 / 1000)
                + 0.12635755830703 * (188.0 / 1000)
                + 0.17560544239076 * (330.0 / 1000)); // = 0.20553...
    assertThat(frontierSize(s)).isEqualTo(oracleFrontierSize(s)).isEqualTo(151);
  }

  @Test
  void partyDomain_readsLinearAndUncertainProfilesAndKeepsTheElicitationFields() {
    Scenario s = ScenarioSource.load(SharedDomains.dir("partydomain_GENIUS")).scenario();
    assertThat(sizes(s)).containsExactly(4, 4, 4, 4, 3, 4);
    assertThat(s.space().size()).isEqualTo(BigInteger.valueOf(3072));
    assertThat(s.space().issue(0)).isInstanceOf(DiscreteIssue.class);
    ImportedScenario imported = ScenarioSource.load(SharedDomains.dir("partydomain_GENIUS"));
    assertThat(imported.profiles()).hasSize(17);
    ImportedProfile u20 = imported.profile("party1-utility-u20").orElseThrow();
    assertThat(u20.kind()).isEqualTo(ProfileKind.GENIUS_UNCERTAIN);
    assertThat(u20.uncertainty()).contains(new Uncertainty(20, 0, 0.0, true, false));
    ImportedProfile hundred = imported.profile("party1-utility100").orElseThrow();
    assertThat(hundred.uncertainty()).contains(new Uncertainty(100, 0, 0.0, true, false));
    assertThat(hundred.preferences().reservation()).isEqualTo(0.499513);
    // party4's weights sum to 0.9999991: used as written, so its best outcome scores 0.9999991.
    var party4 = s.preferences().get("party4-utility").utility();
    assertThat(party4).isInstanceOf(CappedAdditiveUtility.class);
    assertThat(((CappedAdditiveUtility) party4).uncappedMaximum()).isEqualTo(0.9999991);
    // party1 (linear): Chips and Nuts 3/3, Beer Only 3/3, Party Room 4/4, Custom Handmade 4/4,
    // DJ 3/3, Specialized Materials 3/3: every issue at its maximum, Σw = 1 + 2^-52, capped.
    assertThat(
            utility(
                s,
                "party1-utility",
                "Chips and Nuts",
                "Beer Only",
                "Party Room",
                "Custom, Handmade",
                "DJ",
                "Specialized Materials"))
        .isEqualTo(1.0);
    assertThat(
            utility(
                s,
                "party1-utility",
                "Catering",
                "Catering",
                "Your Dorm",
                "Plain",
                "Band",
                "Hired Help"))
        .isEqualTo(
            0.19 * (1.0 / 3)
                + 0.28 * (1.0 / 3)
                + 0.19 * (1.0 / 4)
                + 0.05 * (1.0 / 4)
                + 0.19 * (1.0 / 3)
                + 0.10 * (1.0 / 3)); // = 0.31666...
    assertThat(frontierSize(s)).isEqualTo(oracleFrontierSize(s)).isEqualTo(954);
  }
}
