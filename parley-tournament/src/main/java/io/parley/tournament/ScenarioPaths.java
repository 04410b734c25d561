package io.parley.tournament;

import io.parley.scenario.SourceNode;
import io.parley.scenario.SourceNode.ListNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the {@code scenarios} list of a config into {@link ScenarioRef}s: each item is a file or
 * folder, a glob ({@code domains/*.yaml}, {@code **} crosses folders), or a list of files (a domain
 * file followed by its profile files). Paths are relative to the config's folder.
 */
final class ScenarioPaths {
  private ScenarioPaths() {}

  static List<ScenarioRef> expand(ListNode list, Path folder) {
    if (list.items().isEmpty()) {
      throw list.fail("no scenarios; expected at least one file or glob");
    }
    List<ScenarioRef> refs = new ArrayList<>();
    for (SourceNode item : list.items()) {
      if (item instanceof ListNode files) {
        List<String> paths = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (SourceNode file : files.items()) {
          Path path = existing(file, folder, file.text("a file"));
          paths.add(path.toString());
          ids.add(id(folder, path));
        }
        if (paths.isEmpty()) {
          throw item.fail("an empty list; expected a domain file followed by profile files");
        }
        add(refs, new ScenarioRef(String.join("+", ids), paths), item);
        continue;
      }
      String text = item.text("a scenario file, folder or glob");
      if (isGlob(text)) {
        List<Path> matches = glob(folder, text);
        if (matches.isEmpty()) {
          throw item.fail("the glob \"" + text + "\" matches nothing under " + folder);
        }
        for (Path match : matches) {
          add(refs, new ScenarioRef(id(folder, match), List.of(match.toString())), item);
        }
      } else {
        Path path = existing(item, folder, text);
        add(refs, new ScenarioRef(id(folder, path), List.of(path.toString())), item);
      }
    }
    return refs;
  }

  private static void add(List<ScenarioRef> refs, ScenarioRef ref, SourceNode where) {
    for (ScenarioRef r : refs) {
      if (r.id().equals(ref.id())) {
        throw where.fail("scenario " + ref.id() + " is listed twice");
      }
    }
    refs.add(ref);
  }

  private static Path existing(SourceNode node, Path folder, String text) {
    Path path = folder.resolve(text).normalize();
    if (!Files.exists(path)) {
      throw node.fail("scenario file " + path + " does not exist");
    }
    return path;
  }

  static boolean isGlob(String text) {
    return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** The files and folders under {@code folder} that {@code pattern} matches, sorted. */
  static List<Path> glob(Path folder, String pattern) {
    String normalized = pattern.replace('\\', '/');
    int firstMeta = 0;
    while (firstMeta < normalized.length() && "*?[{".indexOf(normalized.charAt(firstMeta)) < 0) {
      firstMeta++;
    }
    int slash = normalized.lastIndexOf('/', firstMeta);
    Path start = folder.resolve(slash < 0 ? "" : normalized.substring(0, slash)).normalize();
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    Path absolutePattern = folder.resolve(normalized).normalize();
    PathMatcher matcher =
        FileSystems.getDefault()
            .getPathMatcher("glob:" + absolutePattern.toString().replace("\\", "\\\\"));
    try (Stream<Path> walk = Files.walk(start)) {
      return walk.filter(p -> !p.equals(start)).filter(matcher::matches).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + start, e);
    }
  }

  /** The id of a scenario file: its path relative to the config's folder, {@code /} separated. */
  static String id(Path folder, Path path) {
    Path relative = folder.relativize(path);
    return relative.toString().replace('\\', '/');
  }
}
