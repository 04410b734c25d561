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
 */
public record UtilitySpaceView(
    List<String> parties,
    List<String> basis,
    List<Reservation> reservations,
    List<List<Double>> frontier,
    ChartFrontier.Zone zone,
    Optional<String> note,
    List<VersionUtilities> texts,
    List<PackageUtilities> suggestions) {
  public UtilitySpaceView {
    parties = List.copyOf(parties);
    basis = List.copyOf(basis);
    reservations = List.copyOf(reservations);
    frontier = frontier.stream().map(List::copyOf).toList();
    texts = List.copyOf(texts);
    suggestions = List.copyOf(suggestions);
  }

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
