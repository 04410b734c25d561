package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley analyze} with an implementation plan, ratifiers and {@code --agreement}, and {@code
 * parley run}'s follow-through after agreement.
 */
class SettlementCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String CAIRO = EXAMPLES.resolve("cairo-2024.yaml").toString();
  private static final String PHASED = EXAMPLES.resolve("cairo-2024-phased.yaml").toString();
  private static final String FOLLOW =
      EXAMPLES.resolve("cairo-2024-follow-through.yaml").toString();
  private static final String NASH =
      "hostage-release=phased-all,ceasefire=phased-to-permanent,rafah-operation=postpone,"
          + "leader-guarantees=mediator-guarantee,doha-office=relocated";
  // Israel 0.6225, Hamas 0.58: both gain by moving to the Nash package (0.6475, 0.605).
  private static final String WEAKER =
      "hostage-release=phased-all,ceasefire=phased-to-permanent,rafah-operation=proceed,"
          + "leader-guarantees=mediator-guarantee,doha-office=remains";

  @TempDir Path dir;

  private static JsonNode json(Run run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void analyzeJson_cairo_keepsTheContractAndAddsImplementationAndRatification() throws Exception {
    JsonNode root = json(Run.of("analyze", CAIRO, "--json"));

    assertThat(root.get("zopa").asInt()).isZero();
    assertThat(root.get("deadlock").isObject()).isTrue();
    assertThat(root.has("improvement")).as("only with --agreement").isFalse();
    JsonNode plan = root.get("implementation");
    assertThat(plan.get("terms_source").asText()).isEqualTo("plan");
    assertThat(plan.get("terms_feasible").asBoolean()).isFalse();
    assertThat(plan.get("planned").get("self_enforcing").asBoolean()).isFalse();
    assertThat(plan.get("best_order").get("self_enforcing").asBoolean()).isTrue();
    assertThat(plan.get("best_order").get("largest_exposure").asDouble()).isEqualTo(0.05);
    JsonNode step = plan.get("planned").get("steps").get(5);
    assertThat(step.get("step").asText()).isEqualTo("remaining-release");
    assertThat(step.get("defection_pays").asBoolean()).isTrue();
    JsonNode ratification = root.get("ratification");
    assertThat(ratification.get("win_sets")).hasSize(2);
    assertThat(ratification.get("win_sets").get(0).get("party").asText()).isEqualTo("israel");
    assertThat(ratification.get("deadlock").isNull())
        .as("the zone was empty before ratification")
        .isTrue();
  }

  @Test
  void analyzeJson_paretoOptimalAgreement_hasNoImprovement() throws Exception {
    JsonNode root = json(Run.of("analyze", PHASED, "--json", "--agreement", NASH));

    assertThat(root.has("improvement")).isTrue();
    assertThat(root.get("improvement").isNull()).isTrue();
  }

  @Test
  void analyzeJson_dominatedAgreement_getsTheImprovementThatMaximisesTheProductOfGains()
      throws Exception {
    JsonNode root = json(Run.of("analyze", PHASED, "--json", "--agreement", WEAKER));

    JsonNode improvement = root.get("improvement");
    assertThat(improvement.isObject()).as(root.toString()).isTrue();
    assertThat(improvement.get("outcome")).isEqualTo(root.get("nash").get("outcome"));
    assertThat(improvement.get("gains").get("israel").asDouble()).isCloseTo(0.025, within());
    assertThat(improvement.get("gains").get("hamas").asDouble()).isCloseTo(0.025, within());
    List<String> keys = List.of("outcome", "utilities", "gains", "value");
    assertThat(improvement.fieldNames()).toIterable().containsExactlyElementsOf(keys);
    double product = 1;
    for (String party : List.of("israel", "hamas")) {
      double gain = improvement.get("gains").get(party).asDouble();
      assertThat(gain).isPositive();
      product *= gain;
    }
    assertThat(improvement.get("value").asDouble()).isEqualTo(product);
  }

  @Test
  void analyzeText_saysTheImprovementInPlainWords() {
    Run none = Run.of("analyze", PHASED, "--agreement", NASH);
    Run some = Run.of("analyze", PHASED, "--agreement", WEAKER);

    assertThat(none.out())
        .contains("Post-settlement improvement of the agreement")
        .contains("None: no package that keeps every red line is better for every party");
    assertThat(some.out())
        .contains("Every party gains by moving to ")
        .contains("each party may still keep the agreement");
  }

  @Test
  void analyze_badAgreement_exits2NamingWhatIsWrong_andWritesNothing() {
    String unknownIssue = NASH.replace("doha-office", "office");
    String unknownValue = NASH.replace("postpone", "delay");
    String infeasible = NASH.replace("phased-to-permanent", "none");
    String missing = NASH.replace(",doha-office=relocated", "");

    for (String[] c :
        new String[][] {
          {unknownIssue, "unknown issue 'office'; issues are hostage-release, ceasefire"},
          {unknownValue, "issue 'rafah-operation' has no value 'delay'; its values are proceed"},
          {infeasible, "the agreement is infeasible: it breaks hamas's red line"},
          {missing, "issue 'doha-office' is missing"},
          {"ceasefire", "'ceasefire' is not ISSUE=VALUE"}
        }) {
      Run run = Run.of("analyze", PHASED, "--json", "--agreement", c[0]);

      assertThat(run.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(run.out()).as("nothing written").isEmpty();
      assertThat(run.err()).startsWith("parley: --agreement: ").contains(c[1]);
    }
  }

  @Test
  void analyze_badPlan_exits2NamingFileLineAndKey() throws Exception {
    String text =
        Files.readString(Path.of(FOLLOW))
            .replace("who: qatar, penalty: 0.1", "who: un, penalty: 0.1");
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, text);

    Run run = Run.of("analyze", file.toString(), "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(file.toString() + ":")
        .contains("implementation.steps[4].guarantors[0].who: guarantor 'un' is not a participant");
  }

  @Test
  void run_afterAgreement_ratifiesAndCarriesOutEveryStep() throws Exception {
    Path events = dir.resolve("events.jsonl");
    Run run = Run.of("run", FOLLOW, "--events", events.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Ratification: Hardliners in the government (Israel) votes against")
        .contains("Ratification: Israel's constituency RATIFIES the agreement (majority)")
        .contains("Ratification: Hamas's constituency RATIFIES the agreement (any-veto)")
        .contains("Step truce-begins [phase 1 - first release]: Israel carries it out")
        .contains("Follow-through: ratified; all 7 steps carried out");
    List<String> lines = Files.readAllLines(events);
    assertThat(lines).anyMatch(l -> l.contains("\"type\":\"ratifier-voted\""));
    assertThat(lines.get(lines.size() - 1)).contains("\"type\":\"step-carried-out\"");
    // The follow-through continues the negotiation's numbering.
    for (int k = 0; k < lines.size(); k++) {
      assertThat(new ObjectMapper().readTree(lines.get(k)).get("seq").asInt()).isEqualTo(k + 1);
    }
  }

  @Test
  void run_certainDefection_stopsThePlanAndTheGuarantorsPenaliseTheDefector() throws Exception {
    Run run = Run.of("run", FOLLOW, "--defect-probability", "1", "--json");

    JsonNode follow = json(run).get("follow_through");
    assertThat(follow.get("defector").asText()).isEqualTo("israel");
    assertThat(follow.get("steps_done").asInt()).isZero();
    // Nothing was carried out: Israel keeps the status quo (0.2 + 0.15 + 0.1 = 0.45) less
    // Egypt's and the United States' penalties for the first step (0.05 + 0.1).
    assertThat(follow.get("utilities").get("israel").asDouble()).isCloseTo(0.3, within());

    Run text = Run.of("run", FOLLOW, "--defect-probability", "1");
    assertThat(text.out())
        .contains("BREACH: Israel defects at step truce-begins; the implementation stops")
        .contains("Guarantee: Egypt imposes a penalty of 0.0500 on Israel for step truce-begins")
        .contains("Guarantee: United States imposes a penalty of 0.1000 on Israel")
        .contains("Step office-relocated (Qatar) is not carried out");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void run_defectionIsSeeded_sameSeedSameTranscript() {
    Run a = Run.of("run", FOLLOW, "--defect-probability", "0.3", "--seed", "3");
    Run b = Run.of("run", FOLLOW, "--defect-probability", "0.3", "--seed", "3");

    assertThat(a.out()).isEqualTo(b.out()).contains("BREACH");
  }

  @Test
  void run_rejectedRatification_meansNoDeal() throws Exception {
    Path file = dir.resolve("strict.yaml");
    Files.writeString(
        file, Files.readString(Path.of(FOLLOW)).replace("reservation: 0.8", "reservation: 0.95"));

    Run run = Run.of("run", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Ratification: The political office in Doha (Hamas) votes against")
        .contains("Hamas's constituency REJECTS the agreement (any-veto); no deal")
        .contains("Follow-through: ratification failed, so there is no deal")
        .doesNotContain("carries it out");
  }

  @Test
  void run_defectProbabilityOutsideZeroOne_isAUsageError() {
    Run run = Run.of("run", FOLLOW, "--defect-probability", "1.5");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--defect-probability 1.5 outside [0, 1]");
  }
}
