package io.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.preference.UtilityFunction;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every shared domain, imported, written in each format and imported again: every utility of every
 * outcome (a seeded sample of 200,000 for the 10^10-outcome space) is preserved.
 *
 * <p>{@code EXACT}: bit for bit. {@code ROUNDING}: the format forced a change far below Parley's
 * 10^-12 resolution, and the writer said so in a note — GeniusWeb needs weights whose decimals sum
 * to exactly 1, which no decimals reading back as KillerRobot util3/util5's or EnergyA prof2's
 * doubles do; Parley's format has no cap, and KillerRobot util5's exceeds 1 by 2^-52: every utility
 * within 10^-14. {@code REFUSED}: the format cannot express the preferences (a binding cap, weights
 * not summing to 1, hyper-rectangles) and the writer says so.
 */
class RoundTripTest {
  private static final long SAMPLE = 200_000;

  enum Expect {
    EXACT,
    ROUNDING,
    REFUSED
  }

  @TempDir Path temp;

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "Laptop_ANAC2011, yaml, REFUSED",
    "Laptop_ANAC2011, genius, EXACT",
    "Laptop_ANAC2011, geniusweb, REFUSED",
    "ItexvsCypress_ANAC2010, yaml, EXACT",
    "ItexvsCypress_ANAC2010, genius, EXACT",
    "ItexvsCypress_ANAC2010, geniusweb, EXACT",
    "EnglandZimbabwe_ANAC2010, yaml, EXACT",
    "EnglandZimbabwe_ANAC2010, genius, EXACT",
    "EnglandZimbabwe_ANAC2010, geniusweb, EXACT",
    "Travel_ANAC2010, yaml, EXACT",
    "Travel_ANAC2010, genius, EXACT",
    "Travel_ANAC2010, geniusweb, EXACT",
    "KillerRobot_ANAC2015, yaml, ROUNDING",
    "KillerRobot_ANAC2015, genius, EXACT",
    "KillerRobot_ANAC2015, geniusweb, ROUNDING",
    "EnergyA_ANAC2012, yaml, EXACT",
    "EnergyA_ANAC2012, genius, EXACT",
    "EnergyA_ANAC2012, geniusweb, ROUNDING",
    "partydomain_GENIUS, yaml, REFUSED",
    "partydomain_GENIUS, genius, EXACT",
    "partydomain_GENIUS, geniusweb, REFUSED",
    "S-1NAGUNL-114_nonlinear, yaml, REFUSED",
    "S-1NAGUNL-114_nonlinear, genius, EXACT",
    "S-1NAGUNL-114_nonlinear, geniusweb, REFUSED",
    "geniusweb_FlightBooking, yaml, EXACT",
    "geniusweb_FlightBooking, genius, EXACT",
    "geniusweb_FlightBooking, geniusweb, EXACT",
    "geniusweb_ANL2022_domain00, yaml, EXACT",
    "geniusweb_ANL2022_domain00, genius, EXACT",
    "geniusweb_ANL2022_domain00, geniusweb, EXACT",
  })
  void importConvertImport_preservesEveryUtility(String domain, String format, Expect expect)
      throws IOException {
    ImportedScenario original = ScenarioSource.load(SharedDomains.dir(domain));
    Path out = Files.createDirectories(temp.resolve(format));
    if (expect == Expect.REFUSED) {
      assertThatThrownBy(() -> write(original, format, out))
          .isInstanceOf(ConversionException.class)
          .hasMessageContaining("cannot write the preferences of '")
          .hasMessageContaining("Convert to genius instead");
      return;
    }
    List<String> notes = write(original, format, out);
    ImportedScenario back =
        ScenarioSource.load(format.equals("yaml") ? out.resolve("s.yaml") : out);
    Scenario a = original.scenario();
    Scenario b = back.scenario();
    assertThat(b.negotiatingParties()).containsExactlyInAnyOrderElementsOf(a.negotiatingParties());
    assertThat(b.space().sizes()).containsExactly(a.space().sizes());
    for (int i = 0; i < a.space().issueCount(); i++) {
      for (int v = 0; v < a.space().issue(i).size(); v++) {
        assertThat(b.space().issue(i).labelAt(v)).isEqualTo(a.space().issue(i).labelAt(v));
      }
    }
    long differing = 0;
    for (String party : a.negotiatingParties()) {
      Preferences before = a.preferences().get(party);
      Preferences after = b.preferences().get(party);
      differing += compare(a.space(), before.utility(), after.utility(), expect);
      if (!format.equals("geniusweb")
          || back.profile(party).orElseThrow().reservationBid().isPresent()) {
        assertThat(after.reservation())
            .as("reservation of %s", party)
            .isEqualTo(before.reservation());
      }
      if (!format.equals("geniusweb")) {
        assertThat(after.discount()).as("discount of %s", party).isEqualTo(before.discount());
      }
      if (format.equals("genius")
          && original.profile(party).orElseThrow().uncertainty().isPresent()) {
        assertThat(back.profile(party).orElseThrow().uncertainty())
            .isEqualTo(original.profile(party).orElseThrow().uncertainty());
      }
    }
    if (expect == Expect.EXACT) {
      assertThat(differing).isZero();
    } else {
      assertThat(notes).isNotEmpty();
    }
  }

  private static List<String> write(ImportedScenario scenario, String format, Path out) {
    return switch (format) {
      case "yaml" -> ScenarioWriter.write(scenario.scenario(), out.resolve("s.yaml"));
      case "genius" -> GeniusWriter.write(scenario, out);
      case "geniusweb" -> GeniusWebWriter.write(scenario, out);
      default -> throw new IllegalArgumentException(format);
    };
  }

  /** Compares on every outcome (or a seeded sample); returns how many differ at all. */
  private static long compare(
      OutcomeSpace space, UtilityFunction before, UtilityFunction after, Expect expect) {
    boolean all = space.size().compareTo(BigInteger.valueOf(SAMPLE)) <= 0;
    long count = all ? space.size().longValueExact() : SAMPLE;
    SplittableRandom random = new SplittableRandom(20240611L);
    long differing = 0;
    for (long k = 0; k < count; k++) {
      Outcome outcome = all ? space.outcomeAt(k) : random(space, random);
      double x = before.utility(outcome);
      double y = after.utility(outcome);
      if (x != y) {
        differing++;
        assertThat(expect)
            .as("utility changed at %s: %s -> %s", outcome, x, y)
            .isEqualTo(Expect.ROUNDING);
        assertThat(Math.abs(x - y)).isLessThanOrEqualTo(1e-14);
      }
    }
    return differing;
  }

  private static Outcome random(OutcomeSpace space, SplittableRandom random) {
    int[] values = new int[space.issueCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(space.issue(i).size());
    }
    return new Outcome(values);
  }
}
