package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.plugin.PluginAgents;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped-only entry points of {@link Strategies} (for callers such as the server, whose users
 * must never load a class or start a process): they build shipped strategies with their parameters,
 * list only shipped names, and refuse every plug-in spec — {@code class:}, {@code process:} and
 * names published by the plug-ins in use, negotiator or mediator — naming the spec.
 */
class ShippedStrategiesOnlyTest {
  private static final String NEGOTIATORS =
      "boulware, linear, conceder, time-dependent, hardliner, tit-for-tat, random, boa, hardheaded,"
          + " agentk, nice-tit-for-tat, micro, atlas3";
  private static final String MEDIATORS =
      "split-the-difference, hill-climbing, nash-seeking, amendment-merging, listening, eliciting";

  @TempDir Path published;

  @Test
  void shippedSpecs_buildTheirStrategyWithItsParameters() {
    assertThat(Strategies.shippedNegotiator("time-dependent(e=0.5)"))
        .isInstanceOfSatisfying(
            TimeDependentNegotiator.class, n -> assertThat(n.exponent()).isEqualTo(0.5));
    assertThat(Strategies.shippedNegotiator(" hardliner ")).isInstanceOf(HardlinerNegotiator.class);
    assertThat(Strategies.shippedMediator("listening")).isInstanceOf(ListeningMediator.class);
    assertThat(Strategies.shippedMediator("eliciting(reasons=false)"))
        .isInstanceOf(io.parley.elicitation.ElicitingMediator.class);
    assertThat(Strategies.shippedNegotiator("random"))
        .isNotSameAs(Strategies.shippedNegotiator("random"));
  }

  @Test
  void unknownShippedSpecs_areRefusedNamingTheSpec() {
    assertThatThrownBy(() -> Strategies.shippedNegotiator("nash-seeking"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "unknown negotiator 'nash-seeking' in 'nash-seeking'; known: " + NEGOTIATORS);
    assertThatThrownBy(() -> Strategies.shippedMediator("boulware(e=1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown mediator 'boulware' in 'boulware(e=1)'; known: ");
  }

  @Test
  void classAndProcessSpecs_areRefused_listingTheShippedStrategies() {
    String hardliner = "class:" + HardlinerNegotiator.class.getName();

    assertThatThrownBy(() -> Strategies.shippedNegotiator(hardliner))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'"
                + hardliner
                + "' is a plug-in agent, which is not allowed here; shipped strategies are "
                + NEGOTIATORS);
    assertThatThrownBy(() -> Strategies.shippedNegotiator("  process:python3 agent.py"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'  process:python3 agent.py' is a plug-in agent, which is not allowed here; shipped"
                + " strategies are "
                + NEGOTIATORS);
    assertThatThrownBy(
            () -> Strategies.shippedMediator("class:" + NashSeekingMediator.class.getName()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(
            "is a plug-in agent, which is not allowed here; shipped strategies are " + MEDIATORS);
    assertThatThrownBy(() -> Strategies.shippedMediator("process:x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a plug-in agent");
  }

  @Test
  void namesPublishedByThePluginsInUse_areRefused_andNotListed() {
    PluginAgents before = Strategies.plugins();
    PluginAgents agents =
        TestAgentProviders.publishing(published, TestAgentProviders.Published.class);
    try {
      Strategies.usePlugins(agents);

      for (String name : new String[] {"mirror-test", "middle-test"}) {
        assertThatThrownBy(() -> Strategies.shippedNegotiator(name))
            .as("negotiator %s", name)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("'" + name + "' is a plug-in agent");
        assertThatThrownBy(() -> Strategies.shippedMediator(name))
            .as("mediator %s", name)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("'" + name + "' is a plug-in agent");
      }
      assertThat(String.join(", ", Strategies.shippedNegotiatorNames())).isEqualTo(NEGOTIATORS);
      assertThat(String.join(", ", Strategies.shippedMediatorNames())).isEqualTo(MEDIATORS);
      assertThat(Strategies.shippedNegotiator("conceder"))
          .isInstanceOfSatisfying(
              TimeDependentNegotiator.class, n -> assertThat(n.exponent()).isEqualTo(2.0));
      assertThat(Strategies.shippedMediator("nash-seeking"))
          .isInstanceOf(NashSeekingMediator.class);
    } finally {
      Strategies.usePlugins(before);
    }
  }
}
