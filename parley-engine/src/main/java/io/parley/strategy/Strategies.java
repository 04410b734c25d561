package io.parley.strategy;

import io.parley.negotiator.Mediator;
import io.parley.negotiator.Negotiator;
import io.parley.plugin.PluginAgents;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shipped strategies by name, as the command line and scenario files spell them. Every call
 * returns a fresh instance: agents keep state and must not be shared between seats or runs.
 */
public final class Strategies {
  private record Entry<T>(String name, String description, Supplier<T> factory) {}

  private static final List<Entry<Negotiator>> NEGOTIATORS =
      List.of(
          new Entry<>(
              "boulware",
              "time-dependent, holds firm until late (Faratin, Sierra & Jennings 1998, e = 0.2)",
              TimeDependentNegotiator::boulware),
          new Entry<>(
              "linear",
              "time-dependent, concedes steadily from its best to its reservation (e = 1)",
              TimeDependentNegotiator::linear),
          new Entry<>(
              "conceder",
              "time-dependent, concedes early (Faratin, Sierra & Jennings 1998, e = 2)",
              TimeDependentNegotiator::conceder),
          new Entry<>(
              "hardliner",
              "never concedes: offers its best and accepts only its best",
              HardlinerNegotiator::new),
          new Entry<>(
              "tit-for-tat",
              "concedes in its own utility as much as the other side's proposals improved for it",
              TitForTatNegotiator::new),
          new Entry<>(
              "random",
              "offers random acceptable packages and accepts any acceptable one",
              RandomNegotiator::new));

  private static final List<Entry<Mediator>> MEDIATORS =
      List.of(
          new Entry<>(
              "split-the-difference",
              "starts from the middle of every issue and meets the amendments halfway",
              SplitTheDifferenceMediator::new),
          new Entry<>(
              "hill-climbing",
              "keeps the best-received text and tries one change at a time (Klein et al. 2003)",
              HillClimbingMediator::new),
          new Entry<>(
              "nash-seeking",
              "proposes the Nash package of the preferences confided to it, else splits the"
                  + " difference",
              NashSeekingMediator::new),
          new Entry<>(
              "amendment-merging",
              "writes every objecting party's amendments into the next text (the one-text"
                  + " procedure), never reading preferences",
              AmendmentMergingMediator::new));

  private Strategies() {}

  /**
   * A fresh negotiator of strategy {@code name}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static Negotiator negotiator(String name) {
    return negotiator(name, plugins);
  }

  /**
   * A fresh mediator of strategy {@code name}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static Mediator mediator(String name) {
    return mediator(name, plugins);
  }

  /** The negotiator strategies' names, in a fixed order. */
  public static List<String> negotiatorNames() {
    return withPlugins(NEGOTIATORS.stream().map(Entry::name).toList(), plugins.negotiatorNames());
  }

  /** The mediator strategies' names, in a fixed order. */
  public static List<String> mediatorNames() {
    return withPlugins(MEDIATORS.stream().map(Entry::name).toList(), plugins.mediatorNames());
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
    for (Entry<?> entry : NEGOTIATORS) {
      if (entry.name().equals(name)) {
        return entry.description();
      }
    }
    for (Entry<?> entry : MEDIATORS) {
      if (entry.name().equals(name)) {
        return entry.description();
      }
    }
    throw new IllegalArgumentException(
        "unknown strategy '"
            + name
            + "'; negotiators: "
            + String.join(", ", negotiatorNames())
            + "; mediators: "
            + String.join(", ", mediatorNames()));
  }

  private static <T> Entry<T> find(List<Entry<T>> entries, String name, String kind) {
    for (Entry<T> entry : entries) {
      if (entry.name().equals(name)) {
        return entry;
      }
    }
    throw new IllegalArgumentException(
        "unknown "
            + kind
            + " strategy '"
            + name
            + "'; known: "
            + String.join(", ", entries.stream().map(Entry::name).toList()));
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
    return find(NEGOTIATORS, spec, "negotiator").factory().get();
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
    return find(MEDIATORS, spec, "mediator").factory().get();
  }

  private static List<String> shippedNames() {
    List<String> names = new ArrayList<>();
    NEGOTIATORS.forEach(e -> names.add(e.name()));
    MEDIATORS.forEach(e -> names.add(e.name()));
    return names;
  }

  private static List<String> withPlugins(List<String> shipped, List<String> published) {
    List<String> names = new ArrayList<>(shipped);
    published.stream().filter(n -> !shipped.contains(n)).forEach(names::add);
    return List.copyOf(names);
  }
}
