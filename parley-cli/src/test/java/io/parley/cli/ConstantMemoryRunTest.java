package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley run} keeps no events: a run of 10^6 rounds (2 * 10^6 events, streamed to standard
 * output as its transcript) succeeds in a child JVM limited to a 64 MB heap. Kept events would need
 * several hundred megabytes.
 */
class ConstantMemoryRunTest {

  @Test
  void millionRoundRun_succeedsWithin64MegabytesOfHeap(@TempDir Path dir) throws Exception {
    Path transcript = dir.resolve("transcript.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ParleyCommand.class.getName());
    command.addAll(
        List.of(
            "run",
            Path.of("..", "examples", "job-offer.yaml").toString(),
            "--protocol",
            "alternating-offers",
            "--deadline",
            "1000000",
            "--negotiator",
            "candidate=hardliner",
            "--negotiator",
            "employer=hardliner"));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(transcript.toFile())
            .start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }

    assertThat(finished).as("the run finished within 10 minutes").isTrue();
    Deque<String> tail = new ArrayDeque<>();
    long lines;
    try (Stream<String> all = Files.lines(transcript)) {
      lines =
          all.peek(
                  line -> {
                    tail.addLast(line);
                    if (tail.size() > 8) {
                      tail.removeFirst();
                    }
                  })
              .count();
    }
    assertThat(process.exitValue()).as(String.join("\n", tail)).isZero();
    assertThat(String.join("\n", tail))
        .doesNotContain("OutOfMemoryError")
        .contains("NO AGREEMENT (deadline): the deadline of 1000000 rounds passed")
        .contains("End: deadline after 1000000 rounds, 2000002 events");
    // One transcript line per event, then the summary.
    assertThat(lines).isGreaterThan(2_000_002);
  }
}
