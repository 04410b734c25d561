package io.parley.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChildReapingTest {
  @Test
  void childStillAliveWhenTheJvmExits_isKilled() throws IOException, InterruptedException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process jvm =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    AbandoningJvm.class.getName(),
                    PluginFixtures.faultAgent("linger")))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(jvm.exitValue()).isZero();
    long pid = Long.parseLong(out);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (running(pid) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(running(pid))
        .as("the lingering agent %d outlived the JVM that started it", pid)
        .isFalse();
  }

  /** Alive and not a zombie waiting for an orphan reaper (which a container may lack). */
  private static boolean running(long pid) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty() || !handle.get().isAlive()) {
      return false;
    }
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    try {
      String text = Files.readString(stat);
      return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException e) {
      return !Files.isDirectory(Path.of("/proc"));
    }
  }
}
