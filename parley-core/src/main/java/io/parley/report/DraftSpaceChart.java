package io.parley.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the draft-space chart of a live negotiation shows for two parties, as already computed by
 * the server from what the viewer may see: the Pareto frontier (each point marked when it lies in
 * the zone of agreement), the zone's verdict in words, the reservation lines the viewer may see,
 * each draft of the single text and the suggested packages. The figure ({@link DraftSpaceFigure})
 * only draws this; it computes nothing.
 *
 * @param title the chart's accessible title
 * @param xName the display name of the party across
 * @param yName the display name of the party up
 * @param frontier the Pareto frontier projected onto the two parties, utilities in [0, 1]
 * @param zone whether a zone of agreement exists, is empty or is not known
 * @param zoneSummary the zone's verdict as a sentence (never "none" where one exists)
 * @param xReservation the reservation of the party across, when the viewer may see it
 * @param yReservation the reservation of the party up, when the viewer may see it
 * @param marks the drafts and packages, drawn in this order
 */
public record DraftSpaceChart(
    String title,
    String xName,
    String yName,
    List<FrontierPoint> frontier,
    Zone zone,
    String zoneSummary,
    OptionalDouble xReservation,
    OptionalDouble yReservation,
    List<Mark> marks) {

  public DraftSpaceChart {
    frontier = List.copyOf(frontier);
    marks = List.copyOf(marks);
  }

  /** Whether the basis has a zone of agreement. */
  public enum Zone {
    /** Some feasible outcome gives every party at least its reservation. */
    EXISTS,
    /** No feasible outcome does. */
    EMPTY,
    /** The frontier was beyond what could be computed. */
    UNKNOWN
  }

  /**
   * A point of the frontier.
   *
   * @param x the utility of the party across, in [0, 1]
   * @param y the utility of the party up, in [0, 1]
   * @param inZone whether every party gets at least the reservation the viewer may see of it
   */
  public record FrontierPoint(double x, double y, boolean inZone) {}

  /** What a mark stands for. */
  public enum Kind {
    /** A draft (version) of the single text. */
    DRAFT,
    /** A suggested package. */
    PACKAGE
  }

  /**
   * A draft or a package on the chart.
   *
   * @param kind a draft or a package
   * @param label its short label on the chart ({@code v2}, {@code Nash})
   * @param x the utility of the party across, in [0, 1]
   * @param y the utility of the party up, in [0, 1]
   * @param current whether it is the current draft
   * @param crossesRedLine whether it crosses a red line the viewer may know of; empty when one of
   *     the parties' red lines is not known to the viewer and none known is crossed
   */
  public record Mark(
      Kind kind,
      String label,
      double x,
      double y,
      boolean current,
      Optional<Boolean> crossesRedLine) {}
}
