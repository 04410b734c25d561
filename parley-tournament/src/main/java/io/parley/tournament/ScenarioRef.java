package io.parley.tournament;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario of a tournament: a stable id and the files that hold it, in the forms {@code
 * ScenarioSource.load} reads (a Parley scenario file, a GENIUS or GeniusWeb directory, or a domain
 * file followed by its profile files).
 *
 * @param id the scenario's name in keys, results and reports: its path relative to the config
 *     file's folder with {@code /} separators, so that it is the same on every machine
 * @param files absolute paths of the files, as text (so that the record is serialisable)
 */
public record ScenarioRef(String id, List<String> files) implements Serializable {
  public ScenarioRef {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a scenario id must not be blank");
    }
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("scenario '" + id + "' names no file");
    }
  }

  /** The files as paths. */
  public List<Path> paths() {
    return files.stream().map(Path::of).toList();
  }
}
