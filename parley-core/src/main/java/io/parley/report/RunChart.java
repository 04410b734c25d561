package io.parley.report;

import io.parley.analysis.Analysis;
import io.parley.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The figure of one negotiation run: (a) every party's utility of each offer (or text version) over
 * the rounds, one line per party, and (b) the offers in the utility plane of each pair of parties,
 * with the Pareto frontier, the Nash point and the agreement.
 *
 * <p>The chart is fed one move at a time through its {@link Builder} and keeps bounded data: past
 * {@link Builder#limit} moves it thins them deterministically (every second kept move is dropped
 * and the stride doubles, so the kept moves stay evenly spaced; the latest move is always kept) and
 * the figure says so. A run of 10^6 rounds thus costs the same memory as one of 10^3.
 *
 * <p>Immutable once built. Rendered as SVG ({@link #toSvg}), as an image ({@link #toImage()}) or as
 * a self-contained HTML page ({@link #toHtml()}).
 */
public final class RunChart {
  /** How many moves are kept at most unless the builder says otherwise. */
  public static final int DEFAULT_LIMIT = 2_000;

  /** The fewest moves a chart may keep: enough to thin by halves. */
  public static final int MIN_LIMIT = 2;

  /** The most moves a chart may keep: more would not be readable. */
  public static final int MAX_LIMIT = 100_000;

  /** What the figure shows. */
  public enum View {
    /** Utilities over the rounds above the utility-plane panels. */
    TIMELINE_AND_PLANE,
    /** The utility-plane panels only, for reports that show many runs. */
    PLANE
  }

  /**
   * One move drawn: an offer or a text version.
   *
   * @param ordinal the move's position among all moves of the run, from 0
   * @param round the round it was made in
   * @param slot its position among the moves of its round, from 0
   * @param sender the index of its sender in {@link RunChart#parties()}, or -1 for a participant
   *     without preferences (a mediator)
   * @param text whether it is a text version rather than an offer
   * @param utilities each party's utility of it, in {@link RunChart#parties()} order
   */
  record Move(long ordinal, int round, int slot, int sender, boolean text, double[] utilities) {}

  private final Scenario scenario;
  private final List<String> parties;
  private final List<Double> reservations;
  private final Optional<Analysis> analysis;
  private final List<Move> moves;
  private final long moveCount;
  private final long stride;
  private final int lastRound;
  private final int slots;
  private final Optional<double[]> agreement;
  private final String ending;

  private RunChart(Builder builder, Optional<Analysis> analysis) {
    if (analysis.isPresent() && !analysis.get().parties().equals(builder.parties)) {
      throw new IllegalArgumentException(
          "the analysis is of parties "
              + analysis.get().parties()
              + ", the run's moves are valued for "
              + builder.parties);
    }
    this.scenario = builder.scenario;
    this.parties = builder.parties;
    this.reservations =
        parties.stream().map(p -> builder.scenario.preferences().get(p).reservation()).toList();
    this.analysis = analysis;
    List<Move> drawn = new ArrayList<>(builder.kept);
    if (builder.latest != null
        && (drawn.isEmpty() || drawn.get(drawn.size() - 1) != builder.latest)) {
      drawn.add(builder.latest);
    }
    this.moves = List.copyOf(drawn);
    this.moveCount = builder.seen;
    this.stride = builder.stride;
    this.lastRound = Math.max(1, builder.lastRound);
    this.slots = Math.max(1, builder.slots);
    this.agreement = Optional.ofNullable(builder.agreement).map(double[]::clone);
    this.ending = builder.ending;
  }

  /**
   * A builder for a chart of a run of {@code scenario}; it keeps at most {@link #DEFAULT_LIMIT}
   * moves. Moves are valued for the scenario's negotiating parties, in {@link
   * Scenario#negotiatingParties()} order (the order of its analysis).
   */
  public static Builder builder(Scenario scenario) {
    return new Builder(scenario);
  }

  /** The parties with preferences, in the order of {@link Builder#move}'s utilities. */
  public List<String> parties() {
    return parties;
  }

  /** The number of moves the run made. */
  public long moveCount() {
    return moveCount;
  }

  /** The number of moves drawn: all of them, or the evenly thinned ones and the latest. */
  public int drawnCount() {
    return moves.size();
  }

  /** Whether some moves were left out to keep the data bounded. */
  public boolean thinned() {
    return moves.size() < moveCount;
  }

  /** The figure as a standalone SVG document. */
  public String toSvg(View view) {
    var figure = new RunFigure(this, view);
    var canvas = new SvgCanvas(figure.width(), figure.height(), true, title());
    figure.draw(canvas);
    return canvas.finish();
  }

  /** The figure as an {@code <svg>} element to place inline in an HTML page. */
  public String toInlineSvg(View view) {
    var figure = new RunFigure(this, view);
    var canvas = new SvgCanvas(figure.width(), figure.height(), false, title());
    figure.draw(canvas);
    return canvas.finish();
  }

  /** The whole figure as an RGB image. */
  public BufferedImage toImage() {
    var figure = new RunFigure(this, View.TIMELINE_AND_PLANE);
    var canvas = new RasterCanvas(figure.width(), figure.height());
    figure.draw(canvas);
    return canvas.finish();
  }

  /**
   * A self-contained HTML page (inline CSS and SVG, loading nothing) with the whole figure and a
   * caption; every text from the scenario is escaped.
   */
  public String toHtml() {
    return RunPage.render(this);
  }

  /**
   * Writes the whole figure to {@code file} in the format its extension names ({@link
   * PlotFormat#of}).
   *
   * @throws IllegalArgumentException if the extension is neither {@code .svg} nor {@code .png}
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    switch (PlotFormat.of(file)) {
      case SVG -> Files.writeString(file, toSvg(View.TIMELINE_AND_PLANE), StandardCharsets.UTF_8);
      case PNG -> {
        BufferedImage image = toImage();
        try (OutputStream out = Files.newOutputStream(file)) {
          if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
          }
        }
      }
    }
  }

  /**
   * Writes the HTML page ({@link #toHtml()}) to {@code file} in UTF-8.
   *
   * @throws IOException if the file cannot be written
   */
  public void writeHtml(Path file) throws IOException {
    Files.writeString(file, toHtml(), StandardCharsets.UTF_8);
  }

  String title() {
    return scenario.name() + ": a negotiation run";
  }

  Scenario scenario() {
    return scenario;
  }

  /** The analysis whose frontier and Nash point are drawn, if the run was drawn against one. */
  Optional<Analysis> analysis() {
    return analysis;
  }

  /** The parties' reservation values, in {@link #parties()} order. */
  List<Double> reservations() {
    return reservations;
  }

  List<Move> moves() {
    return moves;
  }

  long stride() {
    return stride;
  }

  int lastRound() {
    return lastRound;
  }

  /** The most moves made in one round, at least 1. */
  int slots() {
    return slots;
  }

  Optional<double[]> agreement() {
    return agreement.map(double[]::clone);
  }

  String ending() {
    return ending;
  }

  /** The horizontal position of a move: within its round, spread by its slot. */
  double position(Move move) {
    return Math.max(0, move.round() - 1) + (move.slot() + 0.5) / slots;
  }

  /**
   * Takes a run's moves one at a time, keeping at most {@link #limit} of them (and the latest). Not
   * thread-safe.
   */
  public static final class Builder {
    private final Scenario scenario;
    private final List<String> parties;
    private int limit = DEFAULT_LIMIT;
    private final List<Move> kept = new ArrayList<>();
    private Move latest;
    private long seen;
    private long stride = 1;
    private int lastRound;
    private int currentRound = -1;
    private int inRound;
    private int slots;
    private double[] agreement;
    private String ending = "the run has not ended";

    private Builder(Scenario scenario) {
      this.scenario = scenario;
      this.parties = List.copyOf(scenario.negotiatingParties());
    }

    /**
     * The most moves to keep; past it the kept moves are thinned by halves. Set it before the first
     * move.
     *
     * @throws IllegalArgumentException unless {@code MIN_LIMIT <= limit <= MAX_LIMIT}
     * @throws IllegalStateException if moves were already added
     */
    public Builder limit(int limit) {
      if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
        throw new IllegalArgumentException(
            "run chart limit " + limit + " outside [" + MIN_LIMIT + ", " + MAX_LIMIT + "]");
      }
      if (seen > 0) {
        throw new IllegalStateException("set the run chart's limit before its first move");
      }
      this.limit = limit;
      return this;
    }

    /**
     * Adds the next move of the run.
     *
     * @param round the round it was made in, at least the round of the move before
     * @param sender the sender's participant id
     * @param text whether it is a text version (single text, shuttle) rather than an offer
     * @param utilities each party's utility of it, in {@link #parties()} order
     * @throws IllegalArgumentException if there is not one utility per party, or the round goes
     *     back
     */
    public Builder move(int round, String sender, boolean text, double[] utilities) {
      if (utilities.length != parties.size()) {
        throw new IllegalArgumentException(
            utilities.length + " utilities for a move, expected one per party of " + parties);
      }
      if (round < currentRound) {
        throw new IllegalArgumentException(
            "a move in round " + round + " after one in round " + currentRound);
      }
      if (round != currentRound) {
        currentRound = round;
        inRound = 0;
      }
      int slot = inRound++;
      slots = Math.max(slots, inRound);
      lastRound = Math.max(lastRound, round);
      var move = new Move(seen, round, slot, parties.indexOf(sender), text, utilities.clone());
      latest = move;
      if (seen % stride == 0) {
        kept.add(move);
        if (kept.size() > limit) {
          long wider = stride * 2;
          kept.removeIf(m -> m.ordinal() % wider != 0);
          stride = wider;
        }
      }
      seen++;
      return this;
    }

    /**
     * Records the agreement: each party's utility of it, in {@link #parties()} order.
     *
     * @throws IllegalArgumentException if there is not one utility per party
     */
    public Builder agreement(int round, double[] utilities) {
      if (utilities.length != parties.size()) {
        throw new IllegalArgumentException(
            utilities.length
                + " utilities for the agreement, expected one per party of "
                + parties);
      }
      this.agreement = utilities.clone();
      this.lastRound = Math.max(lastRound, round);
      return this;
    }

    /** How the run ended, in plain words, for the figure's subtitle. */
    public Builder ending(String description) {
      this.ending = description;
      return this;
    }

    /** Notes a round the run reached, so that the time axis spans it even without moves. */
    public Builder reached(int round) {
      this.lastRound = Math.max(lastRound, round);
      return this;
    }

    /** The parties, in the order utilities are given. */
    public List<String> parties() {
      return parties;
    }

    /**
     * The chart of the moves so far, with the frontier, the Nash point and the reservation values
     * of {@code analysis}; the builder may be fed on and built again.
     *
     * @throws IllegalArgumentException if {@code analysis} is not of the builder's parties, in the
     *     same order
     */
    public RunChart build(Analysis analysis) {
      return new RunChart(this, Optional.of(analysis));
    }

    /**
     * The chart of the moves so far without an analysis (one beyond the analyser's limits, say): no
     * frontier and no Nash point, which the figure says.
     */
    public RunChart build() {
      return new RunChart(this, Optional.empty());
    }
  }
}
