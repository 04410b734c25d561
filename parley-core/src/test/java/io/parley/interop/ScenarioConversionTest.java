package io.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.TriangularValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parley scenarios written by the three writers and read back. */
class ScenarioConversionTest {
  @TempDir Path temp;

  private static Path examples() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("examples")) && Files.isDirectory(d.resolve("parley-core"))) {
        return d.resolve("examples");
      }
    }
    return Path.of("examples");
  }

  @Test
  void everyExample_survivesYamlAndJsonBitForBitWithItsRedLinesAndRunSection() throws IOException {
    Path examples = examples();
    assumeThat(Files.isDirectory(examples)).as("examples/ present").isTrue();
    List<Path> files;
    try (Stream<Path> list = Files.list(examples)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      Scenario original = ScenarioReader.read(file);
      for (String name : List.of("copy.yaml", "copy.json")) {
        Path out = temp.resolve(file.getFileName() + "-" + name);
        assertThat(ScenarioWriter.write(original, out)).isEmpty();
        Scenario back = ScenarioReader.read(out);
        assertThat(back.parties()).isEqualTo(original.parties());
        assertThat(back.space()).isEqualTo(original.space());
        assertThat(back.run()).isEqualTo(original.run());
        for (String party : original.negotiatingParties()) {
          Preferences a = original.preferences().get(party);
          Preferences b = back.preferences().get(party);
          assertThat(b.redLines()).isEqualTo(a.redLines());
          assertThat(b.reservation()).isEqualTo(a.reservation());
          assertThat(b.discount()).isEqualTo(a.discount());
          assertSameUtilities(original.space(), a, b);
        }
      }
    }
  }

  @Test
  void redLines_areRefusedByTheGeniusFormats() {
    Path supplier = examples().resolve("supplier.yaml");
    assumeThat(Files.exists(supplier)).isTrue();
    ImportedScenario imported = ScenarioSource.load(supplier);
    assertThatThrownBy(() -> GeniusWriter.write(imported, temp.resolve("g")))
        .isInstanceOf(ConversionException.class)
        .hasMessageContaining("GENIUS profiles have no red lines")
        .hasMessageContaining("Convert to yaml instead");
    assertThatThrownBy(() -> GeniusWebWriter.write(imported, temp.resolve("w")))
        .isInstanceOf(ConversionException.class)
        .hasMessageContaining("GeniusWeb profiles have no red lines");
  }

  @Test
  void integerRangesWithTriangularFunctions_becomeDiscreteAndKeepTheirUtilities() {
    OutcomeSpace space =
        OutcomeSpace.of(
            new IntegerIssue("units", "Units", 0, 8, 2),
            new IntegerIssue("days", "Days", 1, 5, 1),
            io.parley.outcome.DiscreteIssue.of("colour", "red", "blue"));
    var buyer =
        new LinearAdditiveUtility(
            space,
            List.of(0.5, 0.3, 0.2),
            List.of(
                new TriangularValueFunction(0.2, 4, 0.9, 0.1),
                new LinearValueFunction(1.0, 0.0),
                new ValueTable(Map.of("red", 0.7, "blue", 0.35))));
    var seller =
        new LinearAdditiveUtility(
            space,
            List.of(0.25, 0.25, 0.5),
            List.of(
                new LinearValueFunction(0.0, 1.0),
                new LinearValueFunction(0.1, 0.9),
                new ValueTable(Map.of("red", 0.0, "blue", 1.0))));
    Scenario scenario =
        new Scenario(
            "deal",
            "",
            List.of(Party.of("buyer"), Party.of("seller"), new Party("broker", "", Role.MEDIATOR)),
            space,
            Map.of("buyer", Preferences.of(buyer, 0.3), "seller", Preferences.of(seller, 0.4)));
    ImportedScenario imported = ImportedScenario.of(scenario);

    List<String> geniusNotes = GeniusWriter.write(imported, temp.resolve("g"));
    assertThat(geniusNotes)
        .anyMatch(n -> n.contains("issue 'units' becomes a GENIUS discrete issue"))
        .anyMatch(n -> n.contains("broker: a mediator has no GENIUS profile"))
        .anyMatch(n -> n.contains("GENIUS divides evaluations by the largest"));
    Scenario genius = ScenarioSource.load(temp.resolve("g")).scenario();
    assertThat(genius.space().issue(1)).isInstanceOf(IntegerIssue.class);
    assertThat(genius.space().issue(0).labelAt(2)).isEqualTo("4");
    assertClose(space, scenario, genius, 1e-15);

    List<String> webNotes = GeniusWebWriter.write(imported, temp.resolve("w"));
    assertThat(webNotes)
        .anyMatch(n -> n.contains("reservation value 0.3 kept in parley-extras.json"))
        .anyMatch(n -> n.contains("issue 'days' is written as a discrete value set"));
    Scenario web = ScenarioSource.load(temp.resolve("w")).scenario();
    assertClose(space, scenario, web, 0.0);
    // GeniusWeb has no reservation value without a bid: the sidecar keeps it (issue 18).
    assertThat(web.preferences().get("buyer").reservation()).isEqualTo(0.3);
    assertThat(web.preferences().get("seller").reservation()).isEqualTo(0.4);
  }

  private static void assertClose(OutcomeSpace space, Scenario a, Scenario b, double tolerance) {
    for (String party : a.negotiatingParties()) {
      for (long k = 0; k < space.size().longValueExact(); k++) {
        Outcome o = space.outcomeAt(k);
        assertThat(b.preferences().get(party).utility().utility(o))
            .isCloseTo(
                a.preferences().get(party).utility().utility(o),
                org.assertj.core.api.Assertions.within(tolerance));
      }
    }
  }

  private static void assertSameUtilities(OutcomeSpace space, Preferences a, Preferences b) {
    SplittableRandom random = new SplittableRandom(7);
    boolean all = space.size().longValue() <= 200_000;
    long count = all ? space.size().longValueExact() : 200_000;
    for (long k = 0; k < count; k++) {
      Outcome o =
          all
              ? space.outcomeAt(k)
              : space.outcomeAt(random.nextLong(space.size().longValueExact()));
      assertThat(b.utility().utility(o)).isEqualTo(a.utility().utility(o));
    }
  }
}
