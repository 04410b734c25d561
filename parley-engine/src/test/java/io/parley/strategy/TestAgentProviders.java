package io.parley.strategy;

import io.parley.negotiator.Mediator;
import io.parley.negotiator.Negotiator;
import io.parley.plugin.AgentProvider;
import io.parley.plugin.PluginAgents;
import io.parley.plugin.ProvidedAgent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Agent providers for the strategy tests, published through an agent path that is a directory
 * holding only a {@code META-INF/services} file: the classes themselves come from the test
 * classpath (the agent path's class loader delegates to it), so no jar has to be compiled.
 */
public final class TestAgentProviders {
  private TestAgentProviders() {}

  /** Publishes the negotiator {@code mirror-test} and the mediator {@code middle-test}. */
  public static final class Published implements AgentProvider {
    /** The one-line description of {@code mirror-test}. */
    public static final String NEGOTIATOR_DESCRIPTION = "a tit for tat published for tests";

    @Override
    public List<ProvidedAgent<Negotiator>> negotiators() {
      return List.of(
          ProvidedAgent.of("mirror-test", NEGOTIATOR_DESCRIPTION, TitForTatNegotiator::new));
    }

    @Override
    public List<ProvidedAgent<Mediator>> mediators() {
      return List.of(
          ProvidedAgent.of(
              "middle-test", "splits the difference", SplitTheDifferenceMediator::new));
    }
  }

  /** Publishes a negotiator under the name of the shipped strategy {@code boulware}. */
  public static final class Clashing implements AgentProvider {
    @Override
    public List<ProvidedAgent<Negotiator>> negotiators() {
      return List.of(ProvidedAgent.of("boulware", "not the real one", HardlinerNegotiator::new));
    }
  }

  /**
   * The plug-ins of an agent path that is a directory under {@code dir} publishing {@code
   * provider}.
   */
  static PluginAgents publishing(Path dir, Class<? extends AgentProvider> provider) {
    try {
      Path services = dir.resolve("META-INF/services");
      Files.createDirectories(services);
      Files.writeString(services.resolve(AgentProvider.class.getName()), provider.getName() + "\n");
      return PluginAgents.of(List.of(dir.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
