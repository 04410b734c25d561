package io.parley.plugin;

import io.parley.negotiator.Mediator;
import io.parley.negotiator.Negotiator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Agents that are not compiled into Parley, by name:
 *
 * <ul>
 *   <li>{@code class:com.example.MyAgent} — a public class with a public no-argument constructor
 *       implementing {@link Negotiator} (party seats) or {@link Mediator} (mediator seats), from
 *       the agent path or Parley's classpath;
 *   <li>{@code process:COMMAND ARGS...} — a party's agent in any language, run as a child process
 *       speaking the newline-delimited JSON protocol of docs/plugin-protocol.md ({@link
 *       ProcessNegotiator}); the command is split into words like a shell does, and run without
 *       one;
 *   <li>a name published by an {@link AgentProvider} found with {@link ServiceLoader} on the agent
 *       path or the classpath.
 * </ul>
 *
 * <p>Immutable and thread-safe: the agent path's class loader and the published agents are found
 * once per distinct agent path in the JVM (later calls with the same path share them); every {@link
 * #negotiator} or {@link #mediator} call makes a fresh instance or starts a fresh child process, so
 * each seat of each run has its own.
 */
public final class PluginAgents {
  /** The prefix of an agent named by its class. */
  public static final String CLASS_PREFIX = "class:";

  /** The prefix of an agent run as a child process. */
  public static final String PROCESS_PREFIX = "process:";

  /** How long a process agent may take to answer, unless told otherwise. */
  public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(10);

  private static final ConcurrentMap<AgentPath, PluginAgents> BY_PATH = new ConcurrentHashMap<>();

  private final AgentPath path;
  private final ClassLoader loader;
  private final Map<String, Published<Negotiator>> negotiators;
  private final Map<String, Published<Mediator>> mediators;
  private final Duration replyTimeout;

  /** A published agent and where it came from. */
  private record Published<T>(ProvidedAgent<T> agent, String source) {}

  private PluginAgents(AgentPath path) {
    this(path, path.loader(), DEFAULT_REPLY_TIMEOUT);
  }

  private PluginAgents(AgentPath path, ClassLoader loader, Duration replyTimeout) {
    this.path = path;
    this.loader = loader;
    this.replyTimeout = replyTimeout;
    this.negotiators = new LinkedHashMap<>();
    this.mediators = new LinkedHashMap<>();
    discover();
  }

  private PluginAgents(PluginAgents other, Duration replyTimeout) {
    this.path = other.path;
    this.loader = other.loader;
    this.negotiators = other.negotiators;
    this.mediators = other.mediators;
    this.replyTimeout = replyTimeout;
  }

  /** Plug-ins from Parley's own classpath only (no agent path). */
  public static PluginAgents classpath() {
    return BY_PATH.computeIfAbsent(new AgentPath(List.of()), PluginAgents::new);
  }

  /**
   * Plug-ins from the jars or class directories {@code agentPath} (each entry may be a list
   * separated by the platform's path separator) and from Parley's classpath.
   *
   * @throws IllegalArgumentException naming the entry if one is missing or not a jar, or naming the
   *     provider if a published agent cannot be loaded or its name is taken twice
   */
  public static PluginAgents of(List<String> agentPath) {
    return BY_PATH.computeIfAbsent(AgentPath.of(agentPath), PluginAgents::new);
  }

  /**
   * These plug-ins with another reply deadline for process agents.
   *
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public PluginAgents withReplyTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("reply timeout " + timeout + " must be positive");
    }
    return new PluginAgents(this, timeout);
  }

  /** The reply deadline of process agents. */
  public Duration replyTimeout() {
    return replyTimeout;
  }

  /** The agent path's entries (absolute), in order; empty for the classpath only. */
  public List<java.nio.file.Path> agentPath() {
    return path.entries();
  }

  /** Whether {@code spec} names a negotiator of these plug-ins (a prefix or a published name). */
  public boolean claimsNegotiator(String spec) {
    return prefixed(spec) || negotiators.containsKey(spec);
  }

  /** Whether {@code spec} names a mediator of these plug-ins (a prefix or a published name). */
  public boolean claimsMediator(String spec) {
    return prefixed(spec) || mediators.containsKey(spec);
  }

  /**
   * A fresh negotiator for {@code spec}; a process agent's child process starts now.
   *
   * @throws IllegalArgumentException if this does not {@link #claimsNegotiator claim} the spec, or
   *     the class or process cannot be loaded, made or started, naming what and where
   */
  public Negotiator negotiator(String spec) {
    if (spec.startsWith(CLASS_PREFIX)) {
      return AgentClass.load(
              spec.substring(CLASS_PREFIX.length()).trim(),
              Negotiator.class,
              loader,
              path.describe())
          .create();
    }
    if (spec.startsWith(PROCESS_PREFIX)) {
      return ProcessNegotiator.start(spec.substring(PROCESS_PREFIX.length()), replyTimeout);
    }
    return create(negotiators, spec, "negotiator");
  }

  /**
   * A fresh mediator for {@code spec}.
   *
   * @throws IllegalArgumentException if this does not {@link #claimsMediator claim} the spec, the
   *     class cannot be loaded or made, or the spec names a process (protocol version 1 has process
   *     agents in party seats only)
   */
  public Mediator mediator(String spec) {
    if (spec.startsWith(CLASS_PREFIX)) {
      return AgentClass.load(
              spec.substring(CLASS_PREFIX.length()).trim(), Mediator.class, loader, path.describe())
          .create();
    }
    if (spec.startsWith(PROCESS_PREFIX)) {
      throw new IllegalArgumentException(
          "'"
              + spec
              + "': process agents sit in party seats only (plug-in protocol version "
              + ProtocolMessages.VERSION
              + "); a mediator plug-in must be a Java class (class:NAME)");
    }
    return create(mediators, spec, "mediator");
  }

  /** The names of published negotiators, in discovery order. */
  public List<String> negotiatorNames() {
    return List.copyOf(negotiators.keySet());
  }

  /** The names of published mediators, in discovery order. */
  public List<String> mediatorNames() {
    return List.copyOf(mediators.keySet());
  }

  /** The one-line description of the published agent {@code name}, with its source. */
  public Optional<String> description(String name) {
    Published<?> published = negotiators.get(name);
    if (published == null) {
      published = mediators.get(name);
    }
    return Optional.ofNullable(published)
        .map(p -> p.agent().description() + " [plug-in from " + p.source() + "]");
  }

  /**
   * Checks no published agent takes one of {@code shippedNames}.
   *
   * @throws IllegalArgumentException naming the agent and its source if one does
   */
  public void checkNoClash(List<String> shippedNames) {
    for (Map<String, ? extends Published<?>> map : List.of(negotiators, mediators)) {
      for (var entry : map.entrySet()) {
        if (shippedNames.contains(entry.getKey())) {
          throw new IllegalArgumentException(
              "plug-in agent '"
                  + entry.getKey()
                  + "' from "
                  + entry.getValue().source()
                  + " takes the name of a shipped strategy; rename it");
        }
      }
    }
  }

  private static boolean prefixed(String spec) {
    return spec.startsWith(CLASS_PREFIX) || spec.startsWith(PROCESS_PREFIX);
  }

  private static <T> T create(Map<String, Published<T>> published, String name, String kind) {
    Published<T> entry = published.get(name);
    if (entry == null) {
      throw new IllegalArgumentException(
          "no plug-in " + kind + " named '" + name + "'; published: " + published.keySet());
    }
    T agent;
    try {
      agent = entry.agent().factory().get();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "plug-in "
              + kind
              + " '"
              + name
              + "' from "
              + entry.source()
              + " could not be made: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          e);
    }
    if (agent == null) {
      throw new IllegalArgumentException(
          "plug-in " + kind + " '" + name + "' from " + entry.source() + " made no agent (null)");
    }
    return agent;
  }

  private void discover() {
    List<AgentProvider> providers = new ArrayList<>();
    try {
      ServiceLoader.load(AgentProvider.class, loader).forEach(providers::add);
    } catch (ServiceConfigurationError e) {
      throw new IllegalArgumentException(
          "an agent provider on " + path.describe() + " could not be loaded: " + e.getMessage(), e);
    }
    for (AgentProvider provider : providers) {
      String source =
          provider.getClass().getName() + " in " + AgentClass.source(provider.getClass());
      List<ProvidedAgent<Negotiator>> published;
      List<ProvidedAgent<Mediator>> publishedMediators;
      try {
        published = List.copyOf(provider.negotiators());
        publishedMediators = List.copyOf(provider.mediators());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "agent provider " + source + " failed to list its agents: " + e, e);
      }
      add(negotiators, published, source);
      add(mediators, publishedMediators, source);
    }
  }

  private static <T> void add(
      Map<String, Published<T>> into, List<ProvidedAgent<T>> agents, String source) {
    for (ProvidedAgent<T> agent : agents) {
      Published<T> previous = into.putIfAbsent(agent.name(), new Published<>(agent, source));
      if (previous != null) {
        throw new IllegalArgumentException(
            "plug-in agent name '"
                + agent.name()
                + "' is published twice: by "
                + previous.source()
                + " and by "
                + source);
      }
    }
  }
}
