package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley analyze} and {@code parley convert} over GENIUS and GeniusWeb inputs from
 * ../shared/domains (skipped when absent), and their exit codes on bad input.
 */
class InteropCommandTest {
  private static final Optional<Path> DOMAINS = locate();

  @TempDir Path dir;

  private static Optional<Path> locate() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("shared").resolve("domains"))) {
        return Optional.of(d.resolve("shared").resolve("domains"));
      }
    }
    return Optional.empty();
  }

  private static Path domain(String name) {
    assumeTrue(DOMAINS.isPresent(), "shared/domains not found; skipping");
    return DOMAINS.get().resolve(name);
  }

  @Test
  void analyze_geniusDirectory_printsTheAnalysisWithGeniusNumbers() throws Exception {
    Run run = Run.of("analyze", domain("EnergyA_ANAC2012").toString(), "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("outcomes").asLong()).isEqualTo(390_625);
    assertThat(json.get("parties").toString()).isEqualTo("[\"energy-a-prof1\",\"energy-a-prof2\"]");
    assertThat(json.get("pareto").get("size").asInt()).isEqualTo(151);
  }

  @Test
  void analyze_domainFileThenProfiles_readsThemInOrder() {
    Path laptop = domain("Laptop_ANAC2011");
    Run run =
        Run.of(
            "analyze",
            laptop.resolve("laptop_domain.xml").toString(),
            laptop.resolve("laptop_seller_utility.xml").toString(),
            laptop.resolve("laptop_buyer_utility.xml").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Outcomes:  27").contains("laptop-seller-utility");
    assertThat(run.out().indexOf("laptop-seller-utility"))
        .isLessThan(run.out().indexOf("laptop-buyer-utility"));
    // The buyer's weights sum to 1.0000518: a note says GENIUS's cap binds.
    assertThat(run.err()).contains("parley: note: laptop-buyer-utility: weights sum to");
  }

  @Test
  void analyze_geniusWebDirectory() throws Exception {
    Run run = Run.of("analyze", domain("geniusweb_ANL2022_domain00").toString(), "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("outcomes").asLong()).isEqualTo(6480);
    assertThat(json.get("pareto").get("size").asInt()).isEqualTo(22);
    assertThat(json.get("nash").get("outcome").get("issued").asText()).isEqualTo("valueH");
  }

  @Test
  void analyze_tenToTheTenNonlinearSpace_failsFastWithTheLimit() {
    Run run = Run.of("analyze", domain("S-1NAGUNL-114_nonlinear").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("parley: the utility of 'profile-1' is not linear additive")
        .contains("10000000000 outcomes", "at most 20000000");
  }

  @Test
  void analyze_missingProfile_exits2NamingTheFile() {
    Path laptop = domain("Laptop_ANAC2011");
    Path missing = laptop.resolve("laptop_agent_utility.xml");
    Run run = Run.of("analyze", laptop.resolve("laptop_domain.xml").toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("parley: " + missing + ": no such file or directory\n");
  }

  @Test
  void analyze_issueIndexNotInTheDomain_exits2NamingFileElementAndExpectation() throws Exception {
    Path laptop = domain("Laptop_ANAC2011");
    Path bad = dir.resolve("buyer.xml");
    Files.writeString(
        bad,
        Files.readString(laptop.resolve("laptop_buyer_utility.xml"))
            .replace("<issue index=\"3\"", "<issue index=\"4\""));
    Run run = Run.of("analyze", laptop.resolve("laptop_domain.xml").toString(), bad.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("parley: " + bad + ":")
        .contains("utility_space/objective[index=0]/issue[index=4]")
        .contains("issue index 4 is not in the domain")
        .contains("its issue indices are 1, 2, 3");
  }

  @Test
  void analyze_malformedGeniusWebJson_exits2WithTheLine() throws Exception {
    Path flights = domain("geniusweb_FlightBooking");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"LinearAdditiveUtilitySpace\": {\"issueWeights\": }");
    Run run = Run.of("analyze", flights.resolve("flightbooking.json").toString(), bad.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).containsPattern("parley: .*bad\\.json:1:\\d+: malformed JSON");
  }

  @Test
  void run_geniusWebDirectory_runsTheNegotiation() throws Exception {
    Run run = Run.of("run", domain("geniusweb_FlightBooking").toString(), "--seed", "7", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.toString()).contains("flightbooking1", "flightbooking2");
  }

  @Test
  void run_domainFileThenProfiles_badProfile_exits2() throws Exception {
    Path laptop = domain("Laptop_ANAC2011");
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "<utility_space type=\"fuzzy\"/>");
    Run run = Run.of("run", laptop.resolve("laptop_domain.xml").toString(), bad.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "parley: "
                + bad
                + ":1:30: utility_space: type=\"fuzzy\"; expected LINEAR, UNCERTAIN, NONLINEAR or"
                + " CONSTRAINT\n");
  }

  @Test
  void convert_geniusToYamlToGeniusWebToGenius_keepsTheAnalysis() throws Exception {
    Path yaml = dir.resolve("itex.yaml");
    Run toYaml =
        Run.of(
            "convert",
            domain("ItexvsCypress_ANAC2010").toString(),
            "--to",
            "yaml",
            yaml.toString());
    assertThat(toYaml.exitCode()).isZero();
    assertThat(toYaml.out()).contains("Wrote ItexvsCypress_ANAC2010 as yaml to " + yaml);

    Path web = dir.resolve("web");
    Run toWeb = Run.of("convert", yaml.toString(), "--to", "geniusweb", web.toString());
    assertThat(toWeb.exitCode()).isZero();

    Path genius = dir.resolve("genius");
    Run toGenius = Run.of("convert", web.toString(), "--to", "GENIUS", genius.toString());
    assertThat(toGenius.exitCode()).isZero();

    JsonNode original =
        new ObjectMapper()
            .readTree(
                Run.of("analyze", domain("ItexvsCypress_ANAC2010").toString(), "--json").out());
    JsonNode back =
        new ObjectMapper().readTree(Run.of("analyze", genius.toString(), "--json").out());
    assertThat(back.get("pareto")).isEqualTo(original.get("pareto"));
    assertThat(back.get("nash")).isEqualTo(original.get("nash"));
  }

  @Test
  void convert_geniusWebInOldDialect() throws Exception {
    Path out = dir.resolve("old");
    Run run =
        Run.of(
            "convert",
            domain("geniusweb_ANL2022_domain00").toString(),
            "--to",
            "geniusweb",
            "--geniusweb-dialect",
            "DISCRETEUTILS",
            out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out.resolve("profilea.json"))).contains("\"discreteutils\"");
  }

  @Test
  void convert_whatTheTargetCannotExpress_exits1WithTheReason() {
    Run run =
        Run.of(
            "convert",
            domain("S-1NAGUNL-114_nonlinear").toString(),
            "--to",
            "yaml",
            dir.resolve("x.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("parley: cannot write the preferences of 'profile-1' as a Parley scenario")
        .contains("Convert to genius instead");
  }

  @Test
  void convert_unknownFormat_isAUsageError() {
    Run run = Run.of("convert", "a.yaml", "--to", "negmas", "out");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("parley: --to negmas: expected yaml, geniusweb or genius\n");
  }

  @Test
  void convert_withoutOutput_isAUsageError() {
    Run run = Run.of("convert", "--to", "yaml", "a.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void convert_badInput_exits2NamingTheFile() throws Exception {
    Path domain = dir.resolve("d.xml");
    Files.writeString(domain, "<negotiation_template><utility_space>");
    Path profile = dir.resolve("p.xml");
    Files.writeString(profile, "<utility_space/>");
    Run run =
        Run.of(
            "convert",
            domain.toString(),
            profile.toString(),
            "--to",
            "yaml",
            dir.resolve("o.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("parley: " + domain + ":").contains("malformed XML");
  }
}
