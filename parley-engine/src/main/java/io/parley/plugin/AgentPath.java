package io.parley.plugin;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.ZipFile;

/**
 * The jars (and class directories) agents are loaded from, as given to {@code --agent-path}: each
 * entry is checked to exist and to be a jar (a readable zip file) or a directory. One class loader
 * per distinct path, shared by every caller in the JVM (so parallel runs with the same path share
 * loaded classes), whose parent is Parley's own class loader.
 *
 * @param entries the absolute, normalised entries, in order
 */
record AgentPath(List<Path> entries) {
  private static final ConcurrentMap<List<Path>, ClassLoader> LOADERS = new ConcurrentHashMap<>();

  AgentPath {
    entries = List.copyOf(entries);
  }

  /**
   * The path of {@code entries}; each may itself be a list separated by the platform's path
   * separator ({@value File#pathSeparator} here).
   *
   * @throws IllegalArgumentException naming the entry if one is missing, unreadable or not a jar
   */
  static AgentPath of(List<String> entries) {
    List<Path> paths = new ArrayList<>();
    for (String entry : entries) {
      for (String part : entry.split(File.pathSeparator, -1)) {
        if (part.isBlank()) {
          continue;
        }
        paths.add(check(part));
      }
    }
    return new AgentPath(paths);
  }

  /** The class loader for this path. */
  ClassLoader loader() {
    ClassLoader parent = AgentPath.class.getClassLoader();
    if (entries.isEmpty()) {
      return parent;
    }
    return LOADERS.computeIfAbsent(
        entries,
        key -> {
          URL[] urls = new URL[key.size()];
          for (int i = 0; i < urls.length; i++) {
            try {
              urls[i] = key.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
              throw new IllegalArgumentException("agent path entry " + key.get(i) + ": " + e, e);
            }
          }
          return new URLClassLoader("parley-agent-path", urls, parent);
        });
  }

  /** Where classes are looked for, for messages. */
  String describe() {
    return entries.isEmpty()
        ? "Parley's classpath (no --agent-path given)"
        : "the agent path " + entries + " or Parley's classpath";
  }

  private static Path check(String entry) {
    Path path = Path.of(entry).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("agent path entry " + entry + " does not exist");
    }
    if (Files.isDirectory(path)) {
      return path;
    }
    if (!Files.isReadable(path)) {
      throw new IllegalArgumentException("agent path entry " + entry + " is not readable");
    }
    try {
      new ZipFile(path.toFile()).close();
      return path;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "agent path entry "
              + entry
              + " is not a jar (it cannot be read as a zip file"
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")",
          e);
    }
  }
}
