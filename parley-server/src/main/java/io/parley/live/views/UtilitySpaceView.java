package io.parley.live.views;

import io.parley.live.suggest.ChartFrontier;
import java.util.List;
import java.util.Optional;

/**
 * What the mediators' chart draws: each party's utility, normalised to [0, 1] and from the
 * preferences consent lets the mediators' views use, of the Pareto frontier's points, of every text
 * version and of the latest suggestion's packages, and the reservations the mediators may see.
 * Every list of utilities is in the order of {@link #parties}.
 *
 * @param basis each party's basis (in order of {@code parties}): scenario, confided or withheld
 * @param reservations the reservations the mediators may see
 * @param frontier the frontier's points, thinned evenly when large
 * @param note why the frontier or zone is partial, when it is
 * @param frontierInZone for each frontier point, whether it gives every party at least the
 *     reservation the mediators may use ({@code DraftSpaceCharts})
 * @param textRedLines for each text version, its check against the red lines the mediators may know
 * @param chart the chart of two parties as drawn, when there are two parties to draw
 */
public record UtilitySpaceView(
    List<String> parties,
    List<String> basis,
    List<Reservation> reservations,
    List<List<Double>> frontier,
    ChartFrontier.Zone zone,
    Optional<String> note,
    List<VersionUtilities> texts,
    List<PackageUtilities> suggestions,
    List<Boolean> frontierInZone,
    List<RedLines> textRedLines,
    Optional<Chart> chart) {
  public UtilitySpaceView {
    parties = List.copyOf(parties);
    basis = List.copyOf(basis);
    reservations = List.copyOf(reservations);
    frontier = frontier.stream().map(List::copyOf).toList();
    texts = List.copyOf(texts);
    suggestions = List.copyOf(suggestions);
    frontierInZone = List.copyOf(frontierInZone);
    textRedLines = List.copyOf(textRedLines);
    if (frontierInZone.size() != frontier.size() || textRedLines.size() != texts.size()) {
      throw new IllegalArgumentException(
          "one zone mark per frontier point and one red-line check per text: "
              + frontierInZone.size()
              + "/"
              + frontier.size()
              + ", "
              + textRedLines.size()
              + "/"
              + texts.size());
    }
  }

  /**
   * A draft's check against the red lines the mediators may know.
   *
   * @param crossedBy the parties whose known red lines the draft crosses
   * @param notKnownFor the parties whose red lines the mediators may not know
   */
  public record RedLines(List<String> crossedBy, List<String> notKnownFor) {
    public RedLines {
      crossedBy = List.copyOf(crossedBy);
      notKnownFor = List.copyOf(notKnownFor);
    }

    /**
     * True when the draft crosses a known red line; false when it crosses none and every party's
     * red lines are known; empty otherwise.
     */
    public Optional<Boolean> crosses() {
      if (!crossedBy.isEmpty()) {
        return Optional.of(true);
      }
      return notKnownFor.isEmpty() ? Optional.of(false) : Optional.empty();
    }
  }

  /**
   * The chart of two parties as the server draws it.
   *
   * @param x the party across
   * @param y the party up
   * @param zoneSummary whether a zone of agreement exists, in a sentence
   * @param svg the chart as an inline SVG element (io.parley.report.DraftSpaceFigure)
   */
  public record Chart(String x, String y, String zoneSummary, String svg) {}

  /** A party's reservation. */
  public record Reservation(String party, double value) {}

  /** The parties' utilities of a text version. */
  public record VersionUtilities(int version, List<Double> utilities) {
    public VersionUtilities {
      utilities = List.copyOf(utilities);
    }
  }

  /** The parties' utilities of a suggested package. */
  public record PackageUtilities(String name, List<Double> utilities) {
    public PackageUtilities {
      utilities = List.copyOf(utilities);
    }
  }
}
