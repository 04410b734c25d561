package io.parley.plugin;

import io.parley.negotiator.Mediator;
import io.parley.negotiator.Negotiator;
import java.util.List;

/**
 * The service a jar implements to publish named agents: list the implementing class in the jar's
 * {@code META-INF/services/io.parley.plugin.AgentProvider}, put the jar on the agent path ({@code
 * parley run --agent-path JAR}) or on the classpath, and its agents can be named like shipped
 * strategies ({@code --negotiator buyer=my-agent}) and appear in {@code parley run --strategies}.
 *
 * <p>Found with {@link java.util.ServiceLoader}, so an implementation needs a public no-argument
 * constructor. Names must be unique across every provider found and must not equal a shipped
 * strategy's name; each name is lower-case letters, digits, '.', '_' or '-', starting with a letter
 * or digit.
 */
public interface AgentProvider {

  /** The negotiators this provider publishes, in the order to list them. */
  List<ProvidedAgent<Negotiator>> negotiators();

  /** The mediators this provider publishes, in the order to list them; none by default. */
  default List<ProvidedAgent<Mediator>> mediators() {
    return List.of();
  }
}
