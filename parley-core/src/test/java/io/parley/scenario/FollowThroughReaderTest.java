package io.parley.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parley.implementation.ImplementationPlan;
import io.parley.ratification.Ratification;
import io.parley.ratification.RatificationRule;
import org.junit.jupiter.api.Test;

/**
 * The {@code implementation:} and {@code ratification:} sections: what is read, what is refused.
 */
class FollowThroughReaderTest {
  /** {@link ScenarioTexts#DEAL} is 22 lines; the sections below start on line 23. */
  private static String deal(String sections) {
    return ScenarioTexts.DEAL + sections;
  }

  private static final String PLAN =
      """
      implementation:
        status_quo: {price: high, units: 0}
        agreement: {price: mid, units: 6}
        steps:
          - id: pay
            who: buyer
            delivers: {price: 1}
            guarantors: [{who: broker, penalty: 0.2}]
          - id: ship
            who: seller
            what: ship the units
            phase: 2
            delivers: {units: 1}
            depends_on: [pay]
      """;

  private static ScenarioException failure(String text) {
    return catchThrowableOfType(
        ScenarioException.class, () -> ScenarioReader.parse("deal.yaml", text, false));
  }

  @Test
  void implementation_isReadWithStepsDependenciesAndGuarantees() {
    Scenario scenario = ScenarioReader.parse("deal.yaml", deal(PLAN), false);

    ImplementationPlan plan = scenario.followThrough().implementation().orElseThrow();
    assertThat(plan.steps()).extracting("id").containsExactly("pay", "ship");
    assertThat(plan.steps().get(1).dependsOn()).containsExactly("pay");
    assertThat(plan.steps().get(1).phase()).isEqualTo("2");
    assertThat(plan.steps().get(0).penalty()).isEqualTo(0.2);
    assertThat(plan.terms()).isPresent();
    assertThat(plan.dependencyMasks()).containsExactly(0, 1);
  }

  @Test
  void dependencyOnAMissingStep_namesTheStepAndLine() {
    ScenarioException e = failure(deal(PLAN.replace("depends_on: [pay]", "depends_on: [paid]")));

    assertThat(e.line()).isEqualTo(36);
    assertThat(e.path()).isEqualTo("implementation.steps[1].depends_on[0]");
    assertThat(e.problem()).contains("depends on a missing step 'paid'").contains("pay, ship");
  }

  @Test
  void dependencyOnItself_isRefused() {
    ScenarioException e = failure(deal(PLAN.replace("depends_on: [pay]", "depends_on: [ship]")));

    assertThat(e.path()).isEqualTo("implementation.steps[1].depends_on[0]");
    assertThat(e.problem()).isEqualTo("step 'ship' depends on itself");
  }

  @Test
  void cyclicDependencies_nameTheCycle() {
    String text =
        deal(
            PLAN.replace(
                "    delivers: {price: 1}\n",
                "    delivers: {price: 1}\n      depends_on: [ship]\n"));

    ScenarioException e = failure(text);

    assertThat(e.problem()).contains("cycle").contains("pay -> ship -> pay");
    assertThat(e.path()).isEqualTo("implementation.steps[0]");
    assertThat(e.line()).isEqualTo(27);
  }

  @Test
  void guarantorNotAParticipant_isRefusedWithTheParticipants() {
    ScenarioException e = failure(deal(PLAN.replace("who: broker", "who: bank")));

    assertThat(e.line()).isEqualTo(30);
    assertThat(e.path()).isEqualTo("implementation.steps[0].guarantors[0].who");
    assertThat(e.problem())
        .isEqualTo("guarantor 'bank' is not a participant; participants are buyer, seller, broker");
  }

  @Test
  void performerNotAParticipant_isRefused() {
    ScenarioException e = failure(deal(PLAN.replace("who: seller", "who: shipper")));

    assertThat(e.path()).isEqualTo("implementation.steps[1].who");
    assertThat(e.problem()).startsWith("'shipper' is not a participant");
  }

  @Test
  void sharesOfAnIssueNotSummingToOne_areRefused() {
    ScenarioException e =
        failure(deal(PLAN.replace("delivers: {units: 1}", "delivers: {units: 0.5}")));

    assertThat(e.path()).isEqualTo("implementation.steps");
    assertThat(e.problem()).contains("issue 'units'").contains("sum to 0.5");
  }

  @Test
  void stepListedBeforeItsDependency_isRefused() {
    String text =
        deal(
            PLAN.replace(
                    "    delivers: {price: 1}\n",
                    "    delivers: {price: 1}\n      depends_on: [late]\n")
                + "    - {id: late, who: broker}\n");

    ScenarioException e = failure(text);

    assertThat(e.problem()).contains("'pay' is listed before 'late'");
  }

  @Test
  void unknownValueInTheStatusQuo_namesTheIssue() {
    ScenarioException e =
        failure(deal(PLAN.replace("{price: high, units: 0}", "{price: top, units: 0}")));

    assertThat(e.path()).isEqualTo("implementation.status_quo.price");
    assertThat(e.problem()).startsWith("issue 'price' has no value 'top'");
  }

  private static final String RATIFIERS =
      """
      ratification:
        buyer:
          rule: weighted
          threshold: 3
          ratifiers:
            - {id: board, weight: 2, red_lines: [{forbid: {units: {max: 2}}}]}
            - id: finance
              weights: {price: 1, units: 0}
              values: {price: {low: 1, mid: 0.6, high: 0}}
              reservation: 0.5
        seller:
          rule: majority
          ratifiers:
            - {id: sales, red_lines: [{require: {price: [mid, high]}}]}
      """;

  @Test
  void ratification_isReadWithRulesWeightsAndPreferences() {
    Scenario scenario = ScenarioReader.parse("deal.yaml", deal(RATIFIERS), false);

    Ratification ratification = scenario.followThrough().ratification().orElseThrow();
    assertThat(ratification.constituencies())
        .extracting("party")
        .containsExactly("buyer", "seller");
    var buyer = ratification.of("buyer").orElseThrow();
    assertThat(buyer.rule()).isEqualTo(new RatificationRule.WeightedThreshold(3));
    assertThat(buyer.ratifiers().get(0).hasUtility()).isFalse();
    assertThat(buyer.ratifiers().get(1).hasUtility()).isTrue();
    assertThat(buyer.ratifiers().get(1).preferences().reservation()).isEqualTo(0.5);
    assertThat(ratification.of("seller").orElseThrow().rule())
        .isEqualTo(RatificationRule.Majority.INSTANCE);
  }

  @Test
  void weightedThresholdAboveTheTotalWeight_cannotBeMet() {
    ScenarioException e = failure(deal(RATIFIERS.replace("threshold: 3", "threshold: 3.5")));

    assertThat(e.line()).isEqualTo(26);
    assertThat(e.path()).isEqualTo("ratification.buyer.threshold");
    assertThat(e.problem())
        .isEqualTo(
            "threshold 3.5 exceeds the total weight 3.0 of buyer's ratifiers, so the rule can never"
                + " be met");
  }

  @Test
  void thresholdWithoutTheWeightedRule_isRefused() {
    ScenarioException e =
        failure(deal(RATIFIERS.replace("rule: majority", "rule: majority\n    threshold: 1")));

    assertThat(e.path()).isEqualTo("ratification.seller.threshold");
  }

  @Test
  void ratifierForAMediator_orWithAParticipantsId_isRefused() {
    assertThat(failure(deal(RATIFIERS.replace("  seller:\n", "  broker:\n"))).problem())
        .startsWith("'broker' is not a party with preferences");
    assertThat(failure(deal(RATIFIERS.replace("id: sales", "id: broker"))).problem())
        .contains("ratifier id 'broker' is already");
  }

  @Test
  void ratifierThatAcceptsEverything_isRefused() {
    ScenarioException e =
        failure(
            deal(
                RATIFIERS.replace(
                    "{id: sales, red_lines: [{require: {price: [mid, high]}}]}", "{id: sales}")));

    assertThat(e.problem()).contains("neither red lines nor weights");
  }

  @Test
  void unknownRule_listsTheRules() {
    ScenarioException e = failure(deal(RATIFIERS.replace("rule: majority", "rule: consensus")));

    assertThat(e.problem())
        .isEqualTo("unknown rule 'consensus'; expected one of any-veto, majority, weighted");
  }
}
