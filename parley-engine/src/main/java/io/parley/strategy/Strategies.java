package io.parley.strategy;

import io.parley.boa.Agents;
import io.parley.boa.Components;
import io.parley.catalog.CatalogEntry;
import io.parley.catalog.Kind;
import io.parley.catalog.Parameter;
import io.parley.catalog.Registry;
import io.parley.catalog.SpecException;
import io.parley.catalog.StrategySpec;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.Negotiator;
import io.parley.plugin.PluginAgents;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shipped strategies by name, as the command line, scenario files and tournament configs spell
 * them: a {@link StrategySpec} such as {@code boulware}, {@code time-dependent(e=0.5)} or {@code
 * boa(bidding=time-dependent(e=0.2), model=frequency, accept=ac-combi(t=0.98))}. Every call returns
 * a fresh instance: agents keep state and must not be shared between seats or runs.
 */
public final class Strategies {
  private static final Registry<Negotiator> NEGOTIATORS =
      Agents.addTo(
          new Registry<Negotiator>(Kind.NEGOTIATOR)
              .add(
                  "boulware",
                  "time-dependent, holds firm until late (Faratin, Sierra & Jennings 1998, e = 0.2)",
                  List.of(),
                  a -> TimeDependentNegotiator.boulware())
              .add(
                  "linear",
                  "time-dependent, concedes steadily from its best to its reservation (e = 1)",
                  List.of(),
                  a -> TimeDependentNegotiator.linear())
              .add(
                  "conceder",
                  "time-dependent, concedes early (Faratin, Sierra & Jennings 1998, e = 2)",
                  List.of(),
                  a -> TimeDependentNegotiator.conceder())
              .add(
                  "time-dependent",
                  "time-dependent with any concession exponent (Faratin, Sierra & Jennings 1998)",
                  List.of(
                      new Parameter(
                          "e",
                          "0.2",
                          "concession exponent > 0: below 1 holds firm, above 1 concedes early")),
                  a -> new TimeDependentNegotiator(a.number("e")))
              .add(
                  "hardliner",
                  "never concedes: offers its best and accepts only its best",
                  List.of(),
                  a -> new HardlinerNegotiator())
              .add(
                  "tit-for-tat",
                  "concedes in its own utility as much as the other side's proposals improved for"
                      + " it",
                  List.of(),
                  a -> new TitForTatNegotiator())
              .add(
                  "random",
                  "offers random acceptable packages and accepts any acceptable one",
                  List.of(),
                  a -> new RandomNegotiator()));

  private static final Registry<Mediator> MEDIATORS =
      new Registry<Mediator>(Kind.MEDIATOR)
          .add(
              "split-the-difference",
              "starts from the middle of every issue and meets the amendments halfway",
              List.of(),
              a -> new SplitTheDifferenceMediator())
          .add(
              "hill-climbing",
              "keeps the best-received text and tries one change at a time (Klein et al. 2003)",
              List.of(),
              a -> new HillClimbingMediator())
          .add(
              "nash-seeking",
              "proposes the Nash package of the preferences confided to it, else splits the"
                  + " difference",
              List.of(),
              a -> new NashSeekingMediator())
          .add(
              "amendment-merging",
              "writes every objecting party's amendments into the next text (the one-text"
                  + " procedure), never reading preferences",
              List.of(),
              a -> new AmendmentMergingMediator())
          .add(
              "listening",
              "learns from the parties' answers which packages each can live with and proposes"
                  + " the crossover most likely to suit all (Klein et al. 2003), never reading"
                  + " preferences",
              List.of(),
              a -> new ListeningMediator())
          .add(
              "eliciting",
              "learns each party's acceptable set from its answers (a classifier per party) and"
                  + " proposes the package predicted to suit the least satisfied party best, never"
                  + " reading preferences",
              List.of(
                  new Parameter(
                      "reasons",
                      "true",
                      "read whether a party says a text is within its red lines and reservation")),
              a -> new io.parley.elicitation.ElicitingMediator(a.flag("reasons")));

  private Strategies() {}

  /**
   * A fresh negotiator for {@code spec}, e.g. {@code boulware} or {@code boa(model=bayesian)}.
   *
   * @throws IllegalArgumentException for a malformed spec, an unknown strategy or component, an
   *     unknown parameter or a bad value; the message names it, where it stands in the spec and
   *     what is known
   */
  public static Negotiator negotiator(String spec) {
    return negotiator(spec, plugins);
  }

  /**
   * A fresh mediator for {@code spec}, e.g. {@code hill-climbing}.
   *
   * @throws IllegalArgumentException for a malformed spec, an unknown mediator, or parameters it
   *     does not take; the message names it and lists what is known
   */
  public static Mediator mediator(String spec) {
    return mediator(spec, plugins);
  }

  /** The negotiator strategies' names, in a fixed order. */
  public static List<String> negotiatorNames() {
    return withPlugins(NEGOTIATORS.names(), plugins.negotiatorNames());
  }

  /** The mediator strategies' names, in a fixed order. */
  public static List<String> mediatorNames() {
    return withPlugins(MEDIATORS.names(), plugins.mediatorNames());
  }

  /**
   * Every negotiator, mediator and BOA component with its parameters, defaults and a one-line
   * description: negotiators, then mediators, bidding strategies, opponent models and acceptance
   * strategies, each in a fixed order.
   */
  public static List<CatalogEntry> catalog() {
    List<CatalogEntry> all = new ArrayList<>(NEGOTIATORS.entries());
    all.addAll(MEDIATORS.entries());
    all.addAll(Components.BIDDING.entries());
    all.addAll(Components.MODELS.entries());
    all.addAll(Components.ACCEPTANCE.entries());
    return List.copyOf(all);
  }

  /**
   * What the negotiator or mediator strategy {@code name} does, in one line.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static String description(String name) {
    Optional<String> plugin = plugins.description(name);
    if (plugin.isPresent()) {
      return plugin.get();
    }
    for (CatalogEntry entry : catalog()) {
      if (entry.name().equals(name)
          && (entry.kind() == Kind.NEGOTIATOR || entry.kind() == Kind.MEDIATOR)) {
        return entry.description();
      }
    }
    throw new SpecException(
        "unknown strategy '"
            + name
            + "'; negotiators: "
            + String.join(", ", negotiatorNames())
            + "; mediators: "
            + String.join(", ", mediatorNames()));
  }

  private static String in(StrategySpec spec) {
    return "in '" + spec.text() + "'";
  }

  // ---- Plug-in agents (io.parley.plugin): class:NAME, process:COMMAND and names published by
  // jars.

  private static volatile PluginAgents plugins = PluginAgents.classpath();

  /**
   * Makes {@code agents} (an agent path) the plug-ins that {@link #negotiator(String)}, {@link
   * #mediator(String)} and the name listings use from now on, in every thread.
   *
   * @throws IllegalArgumentException if a published plug-in takes a shipped strategy's name
   */
  public static void usePlugins(PluginAgents agents) {
    agents.checkNoClash(shippedNames());
    plugins = Objects.requireNonNull(agents);
  }

  /** The plug-ins in use (by default those on Parley's classpath). */
  public static PluginAgents plugins() {
    return plugins;
  }

  /**
   * A fresh negotiator for {@code spec}, resolving plug-in specs through {@code agents}.
   *
   * @throws IllegalArgumentException for an unknown name or a plug-in that cannot be loaded
   */
  public static Negotiator negotiator(String spec, PluginAgents agents) {
    if (agents.claimsNegotiator(spec)) {
      agents.checkNoClash(shippedNames());
      return agents.negotiator(spec);
    }
    StrategySpec parsed = StrategySpec.parse(spec);
    return NEGOTIATORS.create(parsed, in(parsed));
  }

  /**
   * A fresh mediator for {@code spec}, resolving plug-in specs through {@code agents}.
   *
   * @throws IllegalArgumentException for an unknown name or a plug-in that cannot be loaded
   */
  public static Mediator mediator(String spec, PluginAgents agents) {
    if (agents.claimsMediator(spec)) {
      agents.checkNoClash(shippedNames());
      return agents.mediator(spec);
    }
    StrategySpec parsed = StrategySpec.parse(spec);
    return MEDIATORS.create(parsed, in(parsed));
  }

  private static List<String> shippedNames() {
    List<String> names = new ArrayList<>(NEGOTIATORS.names());
    names.addAll(MEDIATORS.names());
    return names;
  }

  private static List<String> withPlugins(List<String> shipped, List<String> published) {
    List<String> names = new ArrayList<>(shipped);
    published.stream().filter(n -> !shipped.contains(n)).forEach(names::add);
    return List.copyOf(names);
  }

  // ---- Shipped strategies only: for callers, such as the server, whose users must never load a
  // class or start a process.

  /** The shipped negotiator strategies' names, without plug-ins, in a fixed order. */
  public static List<String> shippedNegotiatorNames() {
    return NEGOTIATORS.names();
  }

  /** The shipped mediator strategies' names, without plug-ins, in a fixed order. */
  public static List<String> shippedMediatorNames() {
    return MEDIATORS.names();
  }

  /**
   * A fresh negotiator for {@code spec} if it names a shipped strategy (with its parameters); never
   * a plug-in.
   *
   * @throws IllegalArgumentException for {@code class:} and {@code process:} specs, names published
   *     by jars, and anything {@link #negotiator(String)} refuses, naming the spec
   */
  public static Negotiator shippedNegotiator(String spec) {
    refusePlugin(spec, NEGOTIATORS.names());
    StrategySpec parsed = StrategySpec.parse(spec);
    return NEGOTIATORS.create(parsed, in(parsed));
  }

  /**
   * A fresh mediator for {@code spec} if it names a shipped mediator (with its parameters); never a
   * plug-in.
   *
   * @throws IllegalArgumentException for {@code class:} and {@code process:} specs, names published
   *     by jars, and anything {@link #mediator(String)} refuses, naming the spec
   */
  public static Mediator shippedMediator(String spec) {
    refusePlugin(spec, MEDIATORS.names());
    StrategySpec parsed = StrategySpec.parse(spec);
    return MEDIATORS.create(parsed, in(parsed));
  }

  private static void refusePlugin(String spec, List<String> shipped) {
    String trimmed = spec.strip();
    if (trimmed.startsWith(PluginAgents.CLASS_PREFIX)
        || trimmed.startsWith(PluginAgents.PROCESS_PREFIX)
        || plugins.claimsNegotiator(trimmed)
        || plugins.claimsMediator(trimmed)) {
      throw new IllegalArgumentException(
          "'"
              + spec
              + "' is a plug-in agent, which is not allowed here; shipped strategies are "
              + String.join(", ", shipped));
    }
  }
}
