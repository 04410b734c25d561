package io.parley.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.End;
import io.parley.event.Payload;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.Negotiator;
import io.parley.outcome.Outcome;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.strategy.Strategies;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginAgentsTest {
  private static final String PACKAGE = "package com.example.agents;\n";
  private static final String IMPORTS =
      "import io.parley.negotiator.*;\nimport io.parley.outcome.Outcome;\n"
          + "import io.parley.plugin.*;\nimport java.util.List;\n";

  @TempDir static Path work;
  private static Path agentsJar;

  @BeforeAll
  static void buildJars() throws IOException {
    agentsJar =
        TestJars.build(
            work,
            work.resolve("agents.jar"),
            Map.of(
                "com.example.agents.SteadyAgent",
                PACKAGE
                    + IMPORTS
                    + "public class SteadyAgent implements Negotiator {\n"
                    + "  public Action act(Request request) {\n"
                    + "    return request instanceof Request.Turn t && t.standingOffer().isPresent()\n"
                    + "        ? Action.accept() : Action.offer(Outcome.of(0, 1, 4));\n"
                    + "  }\n}\n",
                "com.example.agents.FixedMediator",
                PACKAGE
                    + IMPORTS
                    + "public class FixedMediator implements Mediator {\n"
                    + "  public Outcome draft(DraftRequest request) { return Outcome.of(1, 0, 2); }\n"
                    + "}\n",
                "com.example.agents.NotAnAgent",
                PACKAGE + "public class NotAnAgent {}\n",
                "com.example.agents.NoDefaultConstructor",
                PACKAGE
                    + IMPORTS
                    + "public class NoDefaultConstructor implements Negotiator {\n"
                    + "  public NoDefaultConstructor(int level) {}\n"
                    + "  public Action act(Request request) { return Action.accept(); }\n}\n",
                "com.example.agents.ThrowingConstructor",
                PACKAGE
                    + IMPORTS
                    + "public class ThrowingConstructor implements Negotiator {\n"
                    + "  public ThrowingConstructor() {"
                    + " throw new IllegalStateException(\"no licence file\"); }\n"
                    + "  public Action act(Request request) { return Action.accept(); }\n}\n",
                "com.example.agents.AbstractAgent",
                PACKAGE
                    + IMPORTS
                    + "public abstract class AbstractAgent implements Negotiator {}\n",
                "com.example.agents.Provider",
                PACKAGE
                    + IMPORTS
                    + "public class Provider implements AgentProvider {\n"
                    + "  public List<ProvidedAgent<Negotiator>> negotiators() {\n"
                    + "    return List.of(ProvidedAgent.of(\"steady-from-jar\","
                    + " \"offers one package and accepts any\", SteadyAgent::new));\n"
                    + "  }\n"
                    + "  public List<ProvidedAgent<Mediator>> mediators() {\n"
                    + "    return List.of(ProvidedAgent.of(\"fixed-from-jar\","
                    + " \"always drafts one text\", FixedMediator::new));\n"
                    + "  }\n}\n"),
            List.of("com.example.agents.Provider"));
  }

  private static Path providerJar(String name, String publishedName) throws IOException {
    return TestJars.build(
        work,
        work.resolve(name + ".jar"),
        Map.of(
            "org.other." + name + ".Provider",
            "package org.other."
                + name
                + ";\n"
                + IMPORTS
                + "public class Provider implements AgentProvider {\n"
                + "  public List<ProvidedAgent<Negotiator>> negotiators() {\n"
                + "    return List.of(ProvidedAgent.of(\""
                + publishedName
                + "\", \"\", () -> (Negotiator) r -> Action.accept()));\n"
                + "  }\n}\n"),
        List.of("org.other." + name + ".Provider"));
  }

  private static PluginAgents agents() {
    return PluginAgents.of(List.of(agentsJar.toString()));
  }

  @Test
  void classFromAJar_playsASeatAgainstABuiltInAgent() {
    Negotiator buyer = Strategies.negotiator("class:com.example.agents.SteadyAgent", agents());
    assertThat(buyer.getClass().getClassLoader()).isNotEqualTo(getClass().getClassLoader());

    var setup =
        NegotiationSetup.builder(PluginFixtures.deal())
            .negotiator("buyer", buyer)
            .negotiator("seller", Strategies.negotiator("conceder"))
            .deadlineRounds(20)
            .build();
    Mechanism mechanism = Mechanisms.create(setup);
    mechanism.run();

    assertThat(mechanism.events())
        .anySatisfy(
            e -> {
              assertThat(e.sender()).isEqualTo("buyer");
              assertThat(e.payload()).isEqualTo(new Payload.Offered(Outcome.of(0, 1, 4)));
            });
    assertThat(mechanism.state().end()).get().isNotInstanceOf(End.NoAgreement.class);
  }

  @Test
  void classOnTheClasspath_needsNoAgentPath() {
    Negotiator agent =
        Strategies.negotiator(
            "class:" + ClasspathNegotiator.class.getName(), PluginAgents.classpath());

    assertThat(agent).isInstanceOf(ClasspathNegotiator.class);
  }

  @Test
  void mediatorClassFromAJar_fillsAMediatorSeat() {
    Mediator mediator = Strategies.mediator("class:com.example.agents.FixedMediator", agents());

    assertThat(mediator.draft(null)).isEqualTo(Outcome.of(1, 0, 2));
  }

  @Test
  void publishedNames_resolveAndAreListed() {
    PluginAgents agents = agents();

    assertThat(agents.negotiatorNames()).containsExactly("steady-from-jar");
    assertThat(agents.mediatorNames()).containsExactly("fixed-from-jar");
    assertThat(Strategies.negotiator("steady-from-jar", agents).getClass().getName())
        .isEqualTo("com.example.agents.SteadyAgent");
    assertThat(Strategies.mediator("fixed-from-jar", agents).getClass().getName())
        .isEqualTo("com.example.agents.FixedMediator");
    assertThat(agents.description("steady-from-jar"))
        .get()
        .asString()
        .contains("offers one package and accepts any")
        .contains("com.example.agents.Provider")
        .contains("agents.jar");
  }

  @Test
  void usePlugins_addsPublishedNamesToTheListingsAndPlainNames() {
    PluginAgents before = Strategies.plugins();
    try {
      Strategies.usePlugins(agents());

      assertThat(Strategies.negotiatorNames()).contains("boulware", "steady-from-jar");
      assertThat(Strategies.mediatorNames()).contains("nash-seeking", "fixed-from-jar");
      assertThat(Strategies.description("steady-from-jar")).contains("plug-in from");
      assertThat(Strategies.negotiator("steady-from-jar").getClass().getSimpleName())
          .isEqualTo("SteadyAgent");
      assertThat(Strategies.negotiator("boulware").getClass().getSimpleName())
          .isEqualTo("TimeDependentNegotiator");
    } finally {
      Strategies.usePlugins(before);
    }
    assertThat(Strategies.negotiatorNames()).doesNotContain("steady-from-jar");
  }

  @Test
  void everyCall_makesAFreshAgent_evenFromManyThreadsAtOnce() throws Exception {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Negotiator>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<Negotiator> made = new ArrayList<>();
                  for (int i = 0; i < 50; i++) {
                    PluginAgents agents = PluginAgents.of(List.of(agentsJar.toString()));
                    made.add(Strategies.negotiator("class:com.example.agents.SteadyAgent", agents));
                    made.add(Strategies.negotiator("steady-from-jar", agents));
                  }
                  return made;
                }));
      }
      for (Future<List<Negotiator>> future : futures) {
        seen.addAll(future.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen).hasSize(8 * 50 * 2);
    assertThat(seen.stream().map(a -> a.getClass().getClassLoader()).distinct()).hasSize(1);
  }

  @Test
  void agentPath_acceptsAPathSeparatedList() throws IOException {
    Path other = providerJar("extra", "extra-agent");

    PluginAgents agents = PluginAgents.of(List.of(agentsJar + File.pathSeparator + other));

    assertThat(agents.negotiatorNames())
        .containsExactlyInAnyOrder("steady-from-jar", "extra-agent");
    assertThat(agents.agentPath()).hasSize(2);
  }

  @Test
  void missingJar_isAnErrorNamingIt() {
    assertThatThrownBy(() -> PluginAgents.of(List.of("lib/missing-agent.jar")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agent path entry lib/missing-agent.jar does not exist");
  }

  @Test
  void fileThatIsNotAJar_isAnErrorNamingIt() throws IOException {
    Path text = Files.writeString(work.resolve("notes.jar"), "not a zip file\n");

    assertThatThrownBy(() -> PluginAgents.of(List.of(text.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agent path entry " + text + " is not a jar");
  }

  @Test
  void classNotFound_namesTheClassAndWhereItWasLookedFor() {
    assertThatThrownBy(() -> Strategies.negotiator("class:com.example.agents.Missing", agents()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agent class com.example.agents.Missing not found on the agent path")
        .hasMessageContaining("agents.jar");
    assertThatThrownBy(() -> Strategies.negotiator("class:", agents()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'class:' needs a class name");
  }

  @Test
  void classThatDoesNotImplementTheInterface_isAnErrorNamingBoth() {
    assertThatThrownBy(() -> Strategies.negotiator("class:com.example.agents.NotAnAgent", agents()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agent class com.example.agents.NotAnAgent (from ")
        .hasMessageContaining("agents.jar")
        .hasMessageContaining("does not implement io.parley.negotiator.Negotiator");
    assertThatThrownBy(() -> Strategies.mediator("class:com.example.agents.SteadyAgent", agents()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not implement io.parley.negotiator.Mediator");
  }

  @Test
  void classWithoutAPublicNoArgumentConstructor_isAnError() {
    assertThatThrownBy(
            () -> Strategies.negotiator("class:com.example.agents.NoDefaultConstructor", agents()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("com.example.agents.NoDefaultConstructor")
        .hasMessageContaining("has no public no-argument constructor");
    assertThatThrownBy(
            () -> Strategies.negotiator("class:com.example.agents.AbstractAgent", agents()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a public concrete class");
  }

  @Test
  void constructorThatThrows_isAnErrorCarryingItsMessage() {
    assertThatThrownBy(
            () -> Strategies.negotiator("class:com.example.agents.ThrowingConstructor", agents()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "the constructor of agent class com.example.agents.ThrowingConstructor")
        .hasMessageContaining("threw IllegalStateException: no licence file");
  }

  @Test
  void publishedNameOfAShippedStrategy_isRefused() throws IOException {
    Path clash = providerJar("clash", "boulware");
    PluginAgents agents = PluginAgents.of(List.of(clash.toString()));

    assertThatThrownBy(() -> Strategies.usePlugins(agents))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plug-in agent 'boulware' from org.other.clash.Provider")
        .hasMessageContaining("clash.jar")
        .hasMessageContaining("takes the name of a shipped strategy");
  }

  @Test
  void nameTakenByTwoProviders_isRefusedNamingBoth() throws IOException {
    Path first = providerJar("first", "twin");
    Path second = providerJar("second", "twin");

    assertThatThrownBy(() -> PluginAgents.of(List.of(first.toString(), second.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'twin' is published twice")
        .hasMessageContaining("org.other.first.Provider")
        .hasMessageContaining("org.other.second.Provider");
  }

  @Test
  void providerListedButMissing_isAnErrorNamingTheService() throws IOException {
    Path broken =
        TestJars.build(
            work, work.resolve("broken.jar"), Map.of(), List.of("com.example.NoSuchProvider"));

    assertThatThrownBy(() -> PluginAgents.of(List.of(broken.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an agent provider on the agent path")
        .hasMessageContaining("com.example.NoSuchProvider");
  }
}
