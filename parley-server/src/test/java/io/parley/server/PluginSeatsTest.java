package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.plugin.PluginAgents;
import io.parley.strategy.Strategies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web user never loads a class or starts a process: robot seats take shipped strategy specs only,
 * even when the server has plug-in agents on its agent path.
 */
class PluginSeatsTest {
  @TempDir Path dir;
  private final TestServer t = new TestServer();

  @AfterEach
  void stop() {
    Strategies.usePlugins(PluginAgents.classpath());
    t.close();
  }

  private Http.Reply seat(TestServer.Created n, String participant, String strategy) {
    return t.http.post(
        "/api/negotiations/" + n.id() + "/seats",
        n.token(),
        "{\"participant\":\"" + participant + "\",\"strategy\":\"" + strategy + "\"}");
  }

  @Test
  void classAndProcessSpecs_areRefusedForPartiesAndTheMediator() throws Exception {
    Path marker = dir.resolve("started");
    TestServer.Created n = t.create(TestServer.example("cairo-2024.yaml"), 3);
    for (String spec :
        List.of(
            "class:io.parley.strategy.BoulwareNegotiator",
            "process:touch " + marker,
            "process:sh -c 'touch " + marker + "'")) {
      Http.Reply party = seat(n, "israel", spec);
      assertThat(party.status()).as(spec).isEqualTo(400);
      assertThat(party.text()).contains("plug-in agents are not allowed").contains("boulware");
      Http.Reply mediator = seat(n, "egypt", spec);
      assertThat(mediator.status()).as(spec).isEqualTo(400);
      assertThat(mediator.text()).contains("plug-in agents are not allowed");
    }
    assertThat(marker).doesNotExist();
    assertThat(t.view(n, n.token()).toString()).doesNotContain("class:").doesNotContain("process:");
  }

  @Test
  void aNamePublishedByAJar_isRefused_whileShippedSpecsAreSeated() throws Exception {
    Strategies.usePlugins(PluginAgents.of(List.of(publishingJar().toString())));
    assertThat(Strategies.negotiatorNames()).contains("jar-steady");
    TestServer.Created n = t.create(TestServer.example("cairo-2024.yaml"), 3);

    Http.Reply published = seat(n, "israel", "jar-steady");
    assertThat(published.status()).isEqualTo(400);
    assertThat(published.text()).contains("'jar-steady' is a plug-in agent");

    assertThat(seat(n, "israel", "boulware").status()).isEqualTo(201);
    assertThat(seat(n, "hamas", "boa").status()).isEqualTo(201);
    assertThat(seat(n, "egypt", "nash-seeking").status()).isEqualTo(201);
  }

  /** A jar whose provider publishes the negotiator name "jar-steady". */
  private Path publishingJar() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/com/example"));
    Files.writeString(
        src.resolve("JarSteady.java"),
        "package com.example;\n"
            + "import io.parley.negotiator.*;\n"
            + "public class JarSteady implements Negotiator {\n"
            + "  public Action act(Request r) { return Action.accept(); }\n"
            + "}\n");
    Files.writeString(
        src.resolve("Agents.java"),
        "package com.example;\n"
            + "import io.parley.negotiator.Negotiator;\nimport io.parley.plugin.*;\n"
            + "import java.util.List;\n"
            + "public class Agents implements AgentProvider {\n"
            + "  public List<ProvidedAgent<Negotiator>> negotiators() {\n"
            + "    return List.of(ProvidedAgent.of(\"jar-steady\", \"accepts\", JarSteady::new));\n"
            + "  }\n}\n");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    int code =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-classpath",
                location(io.parley.negotiator.Negotiator.class)
                    + java.io.File.pathSeparator
                    + location(io.parley.outcome.Outcome.class),
                src.resolve("JarSteady.java").toString(),
                src.resolve("Agents.java").toString());
    assertThat(code).isZero();
    Path jar = dir.resolve("agents.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : List.of("JarSteady", "Agents")) {
        out.putNextEntry(new JarEntry("com/example/" + name + ".class"));
        out.write(Files.readAllBytes(classes.resolve("com/example/" + name + ".class")));
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/io.parley.plugin.AgentProvider"));
      out.write("com.example.Agents\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
