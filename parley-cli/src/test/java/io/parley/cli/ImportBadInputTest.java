package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's bad GENIUS input and assumptions, through {@code parley convert} and {@code analyze}:
 * exit 2, one line naming the file, the line and the element, and nothing written; warnings for
 * what an import assumes, and {@code --strict} refusing them.
 */
class ImportBadInputTest {
  private static final String DOMAIN =
      """
      <negotiation_template>
      <utility_space number_of_issues="0">
      <objective index="0" name="root" type="objective" etype="objective">
        <issue index="1" name="Laptop" type="discrete">
          <item index="1" value="Dell"/>
          <item index="2" value="HP"/>
        </issue>
        <issue index="2" name="Guns" type="integer" lowerbound="1" upperbound="10"/>
        <issue index="3" name="Shade" type="real"><range lowerbound="0" upperbound="10"/></issue>
      </objective>
      </utility_space>
      </negotiation_template>
      """;

  private static final String PROFILE =
      """
      <utility_space>
      <objective index="0" name="root" type="objective" etype="objective">
        <issue index="1" name="Laptop" type="discrete">
          <item index="1" value="Dell" evaluation="12"/>
          <item index="2" value="HP" evaluation="30"/>
        </issue>
        <issue index="2" name="Guns" type="integer" lowerbound="1" upperbound="10">
          <evaluator ftype="linear" slope="0.1" offset="0.1"/>
        </issue>
        <issue index="3" name="Shade" type="real"><range lowerbound="0" upperbound="10"/>
          <evaluator ftype="linear" parameter0="0" parameter1="0.1"/>
        </issue>
        <weight index="1" value="0.5"/>
        <weight index="2" value="0.3"/>
        <weight index="3" value="0.2"/>
      </objective>
      <reservation value="0.2"/>
      </utility_space>
      """;

  @TempDir Path dir;

  private Run convert(String domain, String profile, String... options) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("domain.xml"), domain);
    Files.writeString(in.resolve("buyer.xml"), profile);
    Files.writeString(in.resolve("seller.xml"), PROFILE);
    List<String> args =
        new java.util.ArrayList<>(
            List.of("convert", in.toString(), "--to", "yaml", dir.resolve("out.yaml").toString()));
    args.addAll(List.of(options));
    return Run.of(args.toArray(String[]::new));
  }

  private void assertBadInput(Run run, String file, String element, String problem)
      throws IOException {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("parley: " + dir.resolve("in").resolve(file))
        .containsPattern("\\.xml:\\d+:\\d+: ")
        .contains(element)
        .contains(problem);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in");
    }
  }

  @Test
  void theFixturesAreGood_andConvert() throws IOException {
    Run run = convert(DOMAIN, PROFILE);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("out.yaml")).exists();
  }

  @Test
  void unknownEvaluatorKind() throws IOException {
    assertBadInput(
        convert(DOMAIN, PROFILE.replace("ftype=\"linear\" slope", "ftype=\"faratin\" slope")),
        "buyer.xml",
        "issue[index=2]/evaluator",
        "integer evaluator ftype=\"faratin\" is unknown");
    assertBadInput(
        convert(
            DOMAIN, PROFILE.replace("ftype=\"linear\" parameter0", "ftype=\"faratin\" parameter0")),
        "buyer.xml",
        "issue[index=3]/evaluator",
        "ftype=\"faratin\" is not supported");
  }

  @Test
  void realIssueWithoutBounds() throws IOException {
    assertBadInput(
        convert(DOMAIN.replace("<range lowerbound=\"0\" upperbound=\"10\"/>", ""), PROFILE),
        "domain.xml",
        "issue[index=3]",
        "real issue without <range");
  }

  @Test
  void profileNamesAnIssueTheDomainLacks() throws IOException {
    assertBadInput(
        convert(DOMAIN, PROFILE.replace("<weight index=\"3\"", "<weight index=\"7\"")),
        "buyer.xml",
        "weight[index=7]",
        "not an issue of the domain");
  }

  @Test
  void negativeWeight() throws IOException {
    assertBadInput(
        convert(DOMAIN, PROFILE.replace("value=\"0.3\"", "value=\"-0.3\"")),
        "buyer.xml",
        "weight[index=2]",
        "weight -0.3 is negative");
  }

  @Test
  void weightsSummingToZero() throws IOException {
    assertBadInput(
        convert(
            DOMAIN,
            PROFILE
                .replace("value=\"0.5\"", "value=\"0\"")
                .replace("value=\"0.3\"", "value=\"0\"")
                .replace("value=\"0.2\"/>\n  </objective>", "value=\"0\"/>\n  </objective>")
                .replace(
                    "<weight index=\"3\" value=\"0.2\"/>", "<weight index=\"3\" value=\"0\"/>")),
        "buyer.xml",
        "utility_space",
        "the issue weights sum to 0.0; expected a positive sum");
  }

  @Test
  void realStepNotPositive_isAUsageError_andWritesNothing() throws IOException {
    Run run = convert(DOMAIN, PROFILE, "--real-step", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "parley: --real-step 0 is not positive; expected a number > 0, the distance between two"
                + " grid points of a real issue");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in");
    }
  }

  @Test
  void realStepWiderThanTheRange_namesTheIssue() throws IOException {
    assertBadInput(
        convert(DOMAIN, PROFILE, "--real-step", "20"),
        "domain.xml",
        "issue[index=3]/range",
        "--real-step 20 is wider than the range [0, 10]");
  }

  @Test
  void realStep_cutsTheRealIssueIntoThatGrid() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("domain.xml"), DOMAIN);
    Files.writeString(in.resolve("buyer.xml"), PROFILE);

    Run run = Run.of("analyze", in.toString(), "--real-step", "2.5", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // 2 laptops × 10 guns × 5 shades (0, 2.5, 5, 7.5, 10).
    assertThat(run.out()).contains("\"outcomes\" : 100,");
  }

  @Test
  void missingReservation_isAWarning_andStrictRefusesIt() throws IOException {
    String noReservation = PROFILE.replace("<reservation value=\"0.2\"/>\n", "");

    Run lenient = convert(DOMAIN, noReservation);

    assertThat(lenient.exitCode()).as(lenient.err()).isZero();
    assertThat(lenient.err())
        .contains(
            "parley: warning: buyer: no <reservation value=\"..\"/>; assumed reservation value 0");
    Files.delete(dir.resolve("out.yaml"));

    Run strict = convert(DOMAIN, noReservation, "--strict");

    assertBadInput(
        strict, "buyer.xml", "utility_space", "assumed reservation value 0, GENIUS's default");
    assertThat(strict.err()).contains("--strict");
  }
}
