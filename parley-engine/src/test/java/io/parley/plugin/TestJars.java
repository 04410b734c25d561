package io.parley.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.negotiator.Negotiator;
import io.parley.outcome.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources against Parley's API at test time and packs them into a jar. */
final class TestJars {
  private TestJars() {}

  /**
   * Writes a jar at {@code jar} holding {@code sources} (class name to source text) compiled, and a
   * {@code META-INF/services/io.parley.plugin.AgentProvider} listing {@code providers}.
   */
  static Path build(Path work, Path jar, Map<String, String> sources, List<String> providers)
      throws IOException {
    Path src = Files.createTempDirectory(work, "src");
    Path classes = Files.createTempDirectory(work, "classes");
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", apiPath()));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    if (!sources.isEmpty()) {
      compile(args);
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
      if (!providers.isEmpty()) {
        out.putNextEntry(new JarEntry("META-INF/services/" + AgentProvider.class.getName()));
        out.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void compile(List<String> args) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code =
        javac.run(null, OutputStream.nullOutputStream(), errors, args.toArray(String[]::new));
    assertThat(code).as("javac: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
  }

  /** Parley's engine and core classes, to compile agents against. */
  private static String apiPath() {
    return String.join(
        java.io.File.pathSeparator, location(Negotiator.class), location(Outcome.class));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
