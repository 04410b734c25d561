package io.parley.spark;

import io.parley.tournament.Plan;
import io.parley.tournament.Tournament;
import io.parley.tournament.TournamentConfigReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small tournament for the Spark tests: two of the examples (two and three parties) and four
 * shipped strategies, one of them random (so seeds matter), every seating, two repetitions: 160
 * negotiations, a few seconds' work.
 */
final class SmallTournament {
  static final String CONFIG =
      """
      name: spark-small
      scenarios: [job-offer.yaml, supplier.yaml]
      competitors: [boulware, conceder, tit-for-tat, random]
      deadline: {rounds: 60}
      repetitions: 2
      seed: 20261205
      """;

  private SmallTournament() {}

  /** Writes the config and its scenarios into {@code folder} and returns the config file. */
  static Path write(Path folder) {
    try {
      Files.createDirectories(folder);
      for (String scenario : List.of("job-offer.yaml", "supplier.yaml")) {
        try (InputStream in =
            SmallTournament.class.getResourceAsStream("/tournament/" + scenario)) {
          Files.copy(in, folder.resolve(scenario));
        }
      }
      Path config = folder.resolve("tournament.yaml");
      Files.writeString(config, CONFIG, StandardCharsets.UTF_8);
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan plan(Path folder) {
    return Tournament.plan(TournamentConfigReader.read(write(folder)));
  }

  /** The lines of a results.csv without its last column (wall time, the only one that differs). */
  static List<String> withoutWallTime(Path results) {
    try {
      return Files.readAllLines(results, StandardCharsets.UTF_8).stream()
          .map(line -> line.substring(0, line.lastIndexOf(',')))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
