package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.plugin.PluginAgents;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Strategies} hands a spec to the plug-ins when they claim it ({@code class:}, {@code
 * process:} or a published name) and to the shipped registry otherwise; plug-ins that take a
 * shipped name are refused wherever they are used; the plug-ins in use join the name listings and
 * descriptions after the shipped strategies.
 */
class PluginSpecsResolveTest {
  private static final String HARDLINER_CLASS = "class:" + HardlinerNegotiator.class.getName();
  private static final String NASH_CLASS = "class:" + NashSeekingMediator.class.getName();

  @TempDir Path published;
  @TempDir Path clashing;

  @Test
  void classSpecs_loadTheNamedClass_andPlainNamesStayShipped() {
    PluginAgents classpath = PluginAgents.classpath();

    assertThat(Strategies.negotiator(HARDLINER_CLASS, classpath))
        .isInstanceOf(HardlinerNegotiator.class);
    assertThat(Strategies.mediator(NASH_CLASS, classpath)).isInstanceOf(NashSeekingMediator.class);
    assertThat(Strategies.negotiator("linear", classpath))
        .isInstanceOfSatisfying(
            TimeDependentNegotiator.class, n -> assertThat(n.exponent()).isEqualTo(1.0));
    assertThat(Strategies.mediator("hill-climbing", classpath))
        .isInstanceOf(HillClimbingMediator.class);
  }

  @Test
  void publishedNames_resolveThroughThePlugins_freshEveryTime() {
    PluginAgents agents =
        TestAgentProviders.publishing(published, TestAgentProviders.Published.class);

    assertThat(Strategies.negotiator("mirror-test", agents))
        .isInstanceOf(TitForTatNegotiator.class)
        .isNotSameAs(Strategies.negotiator("mirror-test", agents));
    assertThat(Strategies.mediator("middle-test", agents))
        .isInstanceOf(SplitTheDifferenceMediator.class);
    assertThatThrownBy(() -> Strategies.negotiator("middle-test", agents))
        .as("a published mediator is no negotiator")
        .hasMessageStartingWith("unknown negotiator 'middle-test'");
  }

  @Test
  void pluginsTakingAShippedName_areRefusedWhenTheyResolveASpec() {
    PluginAgents agents =
        TestAgentProviders.publishing(clashing, TestAgentProviders.Clashing.class);

    assertThatThrownBy(() -> Strategies.negotiator(HARDLINER_CLASS, agents))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plug-in agent 'boulware'")
        .hasMessageContaining("takes the name of a shipped strategy");
    assertThatThrownBy(() -> Strategies.mediator(NASH_CLASS, agents))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes the name of a shipped strategy");
  }

  @Test
  void usePlugins_refusesAClash_andKeepsThePluginsInUse() {
    PluginAgents before = Strategies.plugins();
    PluginAgents agents =
        TestAgentProviders.publishing(clashing, TestAgentProviders.Clashing.class);

    assertThatThrownBy(() -> Strategies.usePlugins(agents))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes the name of a shipped strategy");
    assertThat(Strategies.plugins()).isSameAs(before);
    assertThat(Strategies.negotiator("boulware")).isInstanceOf(TimeDependentNegotiator.class);
  }

  @Test
  void pluginsInUse_joinTheListingsAfterTheShippedNames_andResolvePlainSpecs() {
    PluginAgents before = Strategies.plugins();
    PluginAgents agents =
        TestAgentProviders.publishing(published, TestAgentProviders.Published.class);
    try {
      Strategies.usePlugins(agents);

      assertThat(Strategies.plugins()).isSameAs(agents);
      assertThat(Strategies.negotiatorNames())
          .startsWith(Strategies.shippedNegotiatorNames().toArray(String[]::new))
          .endsWith("mirror-test")
          .hasSize(Strategies.shippedNegotiatorNames().size() + 1);
      assertThat(Strategies.mediatorNames())
          .startsWith(Strategies.shippedMediatorNames().toArray(String[]::new))
          .endsWith("middle-test")
          .hasSize(Strategies.shippedMediatorNames().size() + 1);
      assertThat(Strategies.negotiator("mirror-test")).isInstanceOf(TitForTatNegotiator.class);
      assertThat(Strategies.mediator("middle-test")).isInstanceOf(SplitTheDifferenceMediator.class);
      assertThat(Strategies.negotiator("boulware")).isInstanceOf(TimeDependentNegotiator.class);
      assertThat(Strategies.description("mirror-test"))
          .isEqualTo(
              TestAgentProviders.Published.NEGOTIATOR_DESCRIPTION
                  + " [plug-in from "
                  + TestAgentProviders.Published.class.getName()
                  + " in "
                  + agents.description("mirror-test").orElseThrow().split(" in ", 2)[1]);
      assertThat(Strategies.description("middle-test"))
          .startsWith("splits the difference [plug-in");
      assertThat(Strategies.description("boulware"))
          .isEqualTo(
              "time-dependent, holds firm until late (Faratin, Sierra & Jennings 1998, e = 0.2)");
    } finally {
      Strategies.usePlugins(before);
    }
    assertThat(Strategies.plugins()).isSameAs(before);
    assertThat(Strategies.negotiatorNames()).doesNotContain("mirror-test");
  }
}
