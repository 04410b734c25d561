package io.parley.plugin;

import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Files and checks the plug-in tests share. */
final class PluginFixtures {
  private PluginFixtures() {}

  /** A test resource of this package as a path. */
  static Path resource(String name) {
    try {
      return Path.of(PluginFixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The small mediated deal (buyer, seller, broker; price, delivery, units). */
  static Scenario deal() {
    return ScenarioReader.read(resource("deal.yaml"));
  }

  /** {@code process:} spec of the shell fault agent in {@code mode}. */
  static String faultAgent(String mode) {
    return "process:sh '" + resource("fault-agent.sh") + "' " + mode;
  }

  /** The shipped Python example agent, found by walking up from the working directory. */
  static Optional<Path> pythonAgent() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path agent = dir.resolve("examples/agents/python/agent.py");
      if (Files.isRegularFile(agent)) {
        return Optional.of(agent);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code python3} runs here. */
  static boolean pythonAvailable() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
