package io.parley.report;

import io.parley.analysis.Analysis;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * The utility space of two negotiating parties: one marker per outcome (every outcome of a small
 * space, a uniform random sample of a large one), outcomes that break a red line drawn lighter, the
 * Pareto frontier of the {@link Analysis} projected onto the two parties, each party's reservation
 * value as a dashed line, and the four bargaining solutions as labelled markers.
 *
 * <p>With three or more negotiating parties and no pair chosen ({@link Builder#parties}), the
 * figure has one labelled panel per pair of parties ({@link PairPanels}, as in the run figure);
 * each panel is an SVG group {@code panel plane x-<i> y-<j>}.
 *
 * <p>Immutable once built; the outcomes are chosen and evaluated by {@link Builder#build()}. The
 * figure is described once and rendered as SVG ({@link #toSvg()}) or as an image ({@link
 * #toImage()}, Java2D, needs {@code java.awt.headless=true} where there is no display).
 */
public final class UtilityPlot {
  /** How many outcomes are drawn at most unless the builder says otherwise. */
  public static final int DEFAULT_SAMPLE_LIMIT = 20_000;

  /** The largest sample a plot draws: more markers than this would not be readable. */
  public static final int MAX_SAMPLE_LIMIT = 1_000_000;

  /** The seed of the default random generator, fixed so that plots are reproducible. */
  public static final long DEFAULT_SEED = 0x5EED_CAFEL;

  /** The width of the figure in pixels. */
  public static final int WIDTH = UtilityFigure.WIDTH;

  /** The height of the figure in pixels. */
  public static final int HEIGHT = UtilityFigure.HEIGHT;

  private final Scenario scenario;
  private final Analysis analysis;
  private final int xIndex;
  private final int yIndex;
  private final BigInteger outcomeCount;
  private final double[][] utilities;
  private final boolean[] feasible;
  private final boolean pairwise;

  private UtilityPlot(Builder builder) {
    this.scenario = builder.scenario;
    this.analysis = builder.analysis;
    this.xIndex = analysis.parties().indexOf(builder.xParty);
    this.yIndex = analysis.parties().indexOf(builder.yParty);
    this.outcomeCount = scenario.space().size();
    List<Outcome> outcomes =
        OutcomeSample.draw(scenario.space(), builder.sampleLimit, builder.random);
    List<String> parties = analysis.parties();
    this.pairwise = !builder.pairChosen && parties.size() >= 3;
    Collection<Preferences> everyone = scenario.preferences().values();
    int n = outcomes.size();
    utilities = new double[parties.size()][];
    for (int p = 0; p < parties.size(); p++) {
      if (pairwise || p == xIndex || p == yIndex) {
        utilities[p] = new double[n];
        Preferences preferences = scenario.preferences().get(parties.get(p));
        for (int i = 0; i < n; i++) {
          utilities[p][i] = preferences.utility().utility(outcomes.get(i));
        }
      }
    }
    feasible = new boolean[n];
    for (int i = 0; i < n; i++) {
      Outcome outcome = outcomes.get(i);
      int[] valueIndices = outcome.valueIndices();
      boolean allowed = true;
      for (Preferences preferences : everyone) {
        allowed &= preferences.allows(valueIndices);
      }
      feasible[i] = allowed;
    }
  }

  /**
   * A builder for a plot of {@code analysis}, which must be the analysis of {@code scenario}. By
   * default it plots the first two negotiating parties, draws at most {@link #DEFAULT_SAMPLE_LIMIT}
   * outcomes and samples with a generator seeded with {@link #DEFAULT_SEED}.
   */
  public static Builder builder(Scenario scenario, Analysis analysis) {
    return new Builder(scenario, analysis);
  }

  /** The party on the horizontal axis. */
  public String xParty() {
    return analysis.parties().get(xIndex);
  }

  /** The party on the vertical axis. */
  public String yParty() {
    return analysis.parties().get(yIndex);
  }

  /** The number of outcome markers drawn (per panel): all outcomes, or the sample. */
  public int markerCount() {
    return feasible.length;
  }

  /**
   * Whether the figure has one panel per pair of parties (three or more parties, no pair chosen)
   * rather than one plane of {@link #xParty()} and {@link #yParty()}.
   */
  public boolean pairwise() {
    return pairwise;
  }

  /** The exact number of outcomes of the scenario. */
  public BigInteger outcomeCount() {
    return outcomeCount;
  }

  /** Whether the markers are a sample rather than every outcome. */
  public boolean sampled() {
    return outcomeCount.compareTo(BigInteger.valueOf(feasible.length)) > 0;
  }

  /** The figure as a standalone SVG document. */
  public String toSvg() {
    var canvas = new SvgCanvas(width(), height(), true, title());
    draw(canvas);
    return canvas.finish();
  }

  /** The figure as an {@code <svg>} element to place inline in an HTML page. */
  String toInlineSvg() {
    var canvas = new SvgCanvas(width(), height(), false, title());
    draw(canvas);
    return canvas.finish();
  }

  /**
   * The figure as an RGB image: {@link #WIDTH} × {@link #HEIGHT} for one plane, larger for one
   * panel per pair.
   */
  public BufferedImage toImage() {
    var canvas = new RasterCanvas(width(), height());
    draw(canvas);
    return canvas.finish();
  }

  /** The figure's width in pixels. */
  public int width() {
    return pairwise ? new PairwiseUtilityFigure(this).width() : WIDTH;
  }

  /** The figure's height in pixels. */
  public int height() {
    return pairwise ? new PairwiseUtilityFigure(this).height() : HEIGHT;
  }

  private void draw(Canvas canvas) {
    if (pairwise) {
      new PairwiseUtilityFigure(this).draw(canvas);
    } else {
      new UtilityFigure(this).draw(canvas);
    }
  }

  /**
   * Writes the figure to {@code file} in the format its extension names ({@link PlotFormat#of}).
   *
   * @throws IllegalArgumentException if the extension is neither {@code .svg} nor {@code .png}
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    switch (PlotFormat.of(file)) {
      case SVG -> Files.writeString(file, toSvg(), StandardCharsets.UTF_8);
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

  String title() {
    if (pairwise) {
      return scenario.name()
          + ": utilities of each pair of "
          + analysis.parties().size()
          + " parties";
    }
    return scenario.name()
        + ": utilities of "
        + displayName(xParty())
        + " and "
        + displayName(yParty());
  }

  /** The party's display name, followed by its id when the two differ. */
  String displayName(String partyId) {
    return Markup.displayName(scenario, partyId);
  }

  Scenario scenario() {
    return scenario;
  }

  Analysis analysis() {
    return analysis;
  }

  int xIndex() {
    return xIndex;
  }

  int yIndex() {
    return yIndex;
  }

  double x(int marker) {
    return utilities[xIndex][marker];
  }

  double y(int marker) {
    return utilities[yIndex][marker];
  }

  /** The utility of party {@code party} (an index into the analysis' parties) of a marker. */
  double utility(int party, int marker) {
    return utilities[party][marker];
  }

  boolean feasible(int marker) {
    return feasible[marker];
  }

  /** Chooses the parties, the sample size and the random generator of a {@link UtilityPlot}. */
  public static final class Builder {
    private final Scenario scenario;
    private final Analysis analysis;
    private String xParty;
    private String yParty;
    private int sampleLimit = DEFAULT_SAMPLE_LIMIT;
    private SplittableRandom random;
    private boolean pairChosen;

    private Builder(Scenario scenario, Analysis analysis) {
      this.scenario = scenario;
      this.analysis = analysis;
      for (String party : analysis.parties()) {
        if (!scenario.preferences().containsKey(party)) {
          throw new IllegalArgumentException(
              "the analysis names party '"
                  + party
                  + "', which has no preferences in scenario '"
                  + scenario.name()
                  + "'");
        }
      }
      List<String> parties = analysis.parties();
      if (parties.size() >= 2) {
        xParty = parties.get(0);
        yParty = parties.get(1);
      }
    }

    /**
     * The parties on the horizontal and vertical axes.
     *
     * @throws IllegalArgumentException if either is not a negotiating party or both are the same
     */
    public Builder parties(String horizontal, String vertical) {
      List<String> parties = analysis.parties();
      for (String party : List.of(horizontal, vertical)) {
        if (!parties.contains(party)) {
          throw new IllegalArgumentException(
              "'"
                  + party
                  + "' is not a negotiating party of '"
                  + scenario.name()
                  + "'; choose two of "
                  + parties);
        }
      }
      if (horizontal.equals(vertical)) {
        throw new IllegalArgumentException(
            "choose two different parties to plot, got '" + horizontal + "' twice");
      }
      this.xParty = horizontal;
      this.yParty = vertical;
      this.pairChosen = true;
      return this;
    }

    /**
     * The most outcomes to draw; larger spaces are sampled.
     *
     * @throws IllegalArgumentException unless {@code 1 <= limit <= MAX_SAMPLE_LIMIT}
     */
    public Builder sampleLimit(int limit) {
      if (limit < 1 || limit > MAX_SAMPLE_LIMIT) {
        throw new IllegalArgumentException(
            "sample size " + limit + " outside [1, " + MAX_SAMPLE_LIMIT + "]");
      }
      this.sampleLimit = limit;
      return this;
    }

    /** The random generator that draws the sample; it is used, not copied. */
    public Builder random(SplittableRandom generator) {
      this.random = generator;
      return this;
    }

    /**
     * Chooses and evaluates the outcomes.
     *
     * @throws IllegalArgumentException if the scenario has fewer than two negotiating parties
     */
    public UtilityPlot build() {
      if (xParty == null) {
        throw new IllegalArgumentException(
            "a utility plot needs two negotiating parties; '"
                + scenario.name()
                + "' has "
                + analysis.parties().size());
      }
      if (random == null) {
        random = new SplittableRandom(DEFAULT_SEED);
      }
      return new UtilityPlot(this);
    }
  }
}
