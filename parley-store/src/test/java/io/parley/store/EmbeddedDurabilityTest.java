package io.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An append acknowledged by the embedded store survives the Java process dying right after it,
 * without closing the store.
 */
class EmbeddedDurabilityTest {
  @TempDir Path dataDirectory;

  @Test
  void acknowledgedAppends_surviveTheProcessBeingKilled() throws Exception {
    int count = 25;
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashingAppender.class.getName(),
                dataDirectory.toString(),
                Integer.toString(count))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<String> acknowledged = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        acknowledged.add(line);
      }
    }
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the appender ended").isTrue();
    assertThat(process.exitValue()).as("the appender halted as planned").isEqualTo(3);
    assertThat(acknowledged).hasSize(count);

    try (JdbcEventStore store = EventStores.openExisting(Optional.empty(), dataDirectory)) {
      List<String> stored = new ArrayList<>();
      for (StoredEvent event : store.read("crash-1")) {
        stored.add("acked " + event.sequence() + " " + event.hash());
      }
      assertThat(stored).containsExactlyElementsOf(acknowledged);
      assertThat(store.verify("crash-1").intact()).isTrue();
    }
  }
}
