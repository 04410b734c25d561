package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The commands README.md and docs/*.md show without an output (and those of {@code no-run} console
 * blocks), which {@link DocsCommandsTest} does not run: each is checked to name only what exists,
 * so that a renamed option, module, test, benchmark or script fails the build.
 *
 * <ul>
 *   <li>{@code parley ...}: parsed by the real command line (every option and parameter must be
 *       accepted); a synopsis ({@code [--data DIR | --db URL]}, upper-case placeholders) has each
 *       of its {@code --options} looked up in its command instead; a file under {@code examples/}
 *       it names must exist.
 *   <li>{@code ./mvnw ...}: every module of {@code -pl}, the profile of {@code -P} and every test
 *       class of {@code -Dtest} must exist.
 *   <li>{@code java -jar parley-bench/target/benchmarks.jar ...}: each benchmark pattern must match
 *       a benchmark class of parley-bench; {@code java -cp ... CLASS}: the class must be
 *       parley-bench's.
 *   <li>{@code scripts/...}: the script must exist and be executable.
 * </ul>
 *
 * Other lines (shell set-up, {@code sudo}, {@code curl}) are not checked. docs/testing.md lists
 * this convention.
 */
class DocsCommandLinesTest {
  private static final Path ROOT = DocsCommandsTest.ROOT;
  private static final Pattern FENCE = Pattern.compile("^(```+|~~~+)(.*)$");
  private static final Set<String> SHELL_FENCES = Set.of("", "bash", "sh", "console", "shell");
  private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Z_][A-Z0-9_]*=\\S*\\s+)+");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\b[A-Z]{2,}\\b");

  /** JMH options that take no value. */
  private static final Set<String> JMH_FLAGS = Set.of("-l", "-lp", "-h", "-lrf", "-lprof");

  /** A command line shown in a page, continuations joined and the trailing comment dropped. */
  record Shown(String file, int line, String command) {}

  /** Every command line of the pages that is not run, in page order. */
  static List<Shown> shownCommands() throws IOException {
    List<Shown> shown = new ArrayList<>();
    for (Path page : DocsCommandsTest.pages()) {
      shown.addAll(shownCommands(ROOT.relativize(page).toString(), Files.readAllLines(page)));
    }
    return shown;
  }

  /** The command lines of one Markdown text that {@link DocsCommandsTest} does not run. */
  static List<Shown> shownCommands(String file, List<String> lines) {
    List<Shown> shown = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String info = open.group(2).trim();
      boolean noRun = info.contains("no-run");
      String language = info.replace("no-run", "").trim();
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).startsWith(open.group(1))) {
        end++;
      }
      List<String> body = lines.subList(i + 1, Math.min(end, lines.size()));
      boolean console = !body.isEmpty() && body.get(0).startsWith("$ ");
      if (SHELL_FENCES.contains(language) && (noRun || !console)) {
        for (int k = 0; k < body.size(); k++) {
          String text = body.get(k);
          if (console && !text.startsWith("$ ")) {
            continue;
          }
          int start = i + 2 + k;
          String command = console ? text.substring(2) : text;
          while (command.endsWith("\\") && k + 1 < body.size()) {
            command =
                command.substring(0, command.length() - 1).stripTrailing()
                    + " "
                    + body.get(++k).strip();
          }
          String line = withoutComment(command).strip();
          if (!line.isEmpty()) {
            shown.add(new Shown(file, start, line));
          }
        }
      }
      i = end;
    }
    return shown;
  }

  @TestFactory
  Stream<DynamicTest> everyShownCommandNamesWhatExists() throws IOException {
    List<Shown> shown = shownCommands();
    assertThat(shown).as("commands shown in README.md and docs/").isNotEmpty();
    return shown.stream()
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.file() + ":" + s.line() + " " + s.command(), () -> check(s)));
  }

  private static void check(Shown shown) throws IOException {
    String line = ASSIGNMENT.matcher(shown.command()).replaceFirst("");
    List<String> words = words(line);
    String where = shown.file() + ":" + shown.line() + ": `" + shown.command() + "`";
    if (words.isEmpty()) {
      return;
    }
    String program = words.get(0);
    List<String> args = words.subList(1, words.size());
    if (program.equals("parley") || program.equals("./parley")) {
      checkParley(line, args, where);
    } else if (program.equals("./mvnw")) {
      checkMaven(args, where);
    } else if (program.equals("java")
        && args.contains("-cp")
        && args.size() > args.indexOf("-cp") + 2) {
      String main = args.get(args.indexOf("-cp") + 2);
      assertThat(ROOT.resolve("parley-bench/src/main/java/" + main.replace('.', '/') + ".java"))
          .as(where + ": no class " + main + " in parley-bench")
          .isRegularFile();
    } else if (program.equals("java") && args.contains("parley-bench/target/benchmarks.jar")) {
      checkBenchmarks(
          args.subList(args.indexOf("parley-bench/target/benchmarks.jar") + 1, args.size()), where);
    } else if (program.startsWith("scripts/")) {
      assertThat(ROOT.resolve(program)).as(where).isExecutable();
    }
  }

  private static void checkParley(String line, List<String> args, String where) {
    CommandLine parley = ParleyCommand.commandLine();
    boolean synopsis =
        line.contains("[")
            || line.contains("|")
            || line.contains("...")
            || PLACEHOLDER.matcher(line.replaceAll("--\\S+", "")).find();
    if (synopsis) {
      CommandLine command =
          args.isEmpty() || args.get(0).startsWith("-")
              ? parley
              : parley.getSubcommands().get(args.get(0));
      assertThat(command).as(where + ": no such command").isNotNull();
      Matcher option = Pattern.compile("--[a-z][a-z0-9-]*").matcher(line);
      while (option.find()) {
        assertThat(command.getCommandSpec().findOption(option.group()))
            .as(where + ": " + option.group() + " is not an option of " + command.getCommandName())
            .isNotNull();
      }
      return;
    }
    try {
      parley.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new AssertionError(where + " does not parse: " + e.getMessage(), e);
    }
    for (String arg : args) {
      if (arg.startsWith("examples/")) {
        assertThat(ROOT.resolve(arg)).as(where + ": " + arg).exists();
      }
    }
  }

  private static void checkMaven(List<String> args, String where) throws IOException {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("-pl") && i + 1 < args.size()) {
        for (String module : args.get(i + 1).split(",")) {
          assertThat(ROOT.resolve(module).resolve("pom.xml"))
              .as(where + ": module " + module)
              .isRegularFile();
        }
      } else if (arg.startsWith("-P")) {
        String profile = arg.substring(2);
        assertThat(Files.readString(ROOT.resolve("pom.xml")))
            .as(where + ": profile " + profile)
            .contains("<id>" + profile + "</id>");
      } else if (arg.startsWith("-Dtest=")) {
        Set<String> tests = testClasses();
        for (String pattern : arg.substring("-Dtest=".length()).split(",")) {
          String type = pattern.replaceAll("#.*", "");
          type = type.substring(type.lastIndexOf('.') + 1);
          Pattern regex = Pattern.compile(type.replace("*", ".*"));
          assertThat(tests.stream().anyMatch(t -> regex.matcher(t).matches()))
              .as(where + ": no test class matches " + pattern)
              .isTrue();
        }
      }
    }
  }

  private static void checkBenchmarks(List<String> args, String where) throws IOException {
    Set<String> benchmarks;
    try (Stream<Path> files = Files.walk(ROOT.resolve("parley-bench/src/main/java"))) {
      benchmarks =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith("Benchmark.java"))
              .map(n -> n.substring(0, n.length() - ".java".length()))
              .collect(Collectors.toSet());
    }
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("-")) {
        i += JMH_FLAGS.contains(arg) ? 0 : 1;
        continue;
      }
      Pattern pattern = Pattern.compile(arg);
      assertThat(benchmarks.stream().anyMatch(b -> pattern.matcher(b).find()))
          .as(where + ": no benchmark matches " + arg)
          .isTrue();
    }
  }

  /** The simple names of every test class of the checkout. */
  private static Set<String> testClasses() throws IOException {
    try (Stream<Path> modules = Files.list(ROOT)) {
      return modules
          .map(m -> m.resolve("src/test/java"))
          .filter(Files::isDirectory)
          .flatMap(
              d -> {
                try {
                  return Files.walk(d).toList().stream();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java"))
          .map(n -> n.substring(0, n.length() - ".java".length()))
          .collect(Collectors.toSet());
    }
  }

  /** {@code line} without a {@code #} comment that starts outside quotes after a blank. */
  static String withoutComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** A command line split into words as a shell would: blanks separate, quotes group. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == ' ' || c == '\t') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void shownCommands_joinContinuations_dropComments_andSkipRunBlocksAndOtherLanguages() {
    List<String> text =
        List.of(
            "```bash",
            "./parley serve   # H2 store",
            "./parley run x.yaml \\",
            "  --deadline 30",
            "```",
            "```",
            "$ ./parley analyze x.yaml",
            "out",
            "```",
            "```console no-run",
            "$ ./parley verify-log --data d",
            "n1: 2 events",
            "```",
            "```yaml",
            "name: x",
            "```");
    assertThat(shownCommands("X.md", text))
        .containsExactly(
            new Shown("X.md", 2, "./parley serve"),
            new Shown("X.md", 3, "./parley run x.yaml --deadline 30"),
            new Shown("X.md", 11, "./parley verify-log --data d"));
  }

  @Test
  void aWrongOptionModuleTestOrBenchmark_fails() {
    for (String wrong :
        List.of(
            "./parley run examples/job-offer.yaml --no-such-option",
            "parley verify-log [--data DIR | --no-such-option URL]",
            "./mvnw -B -pl parley-nothing -am verify",
            "./mvnw -B -pl parley-cli -am verify -Dtest=NoSuchTest",
            "java -jar parley-bench/target/benchmarks.jar -f 1 NoSuchBenchmark",
            "java -cp parley-bench/target/benchmarks.jar io.parley.quality.NoSuchReport",
            "scripts/no-such-script.sh")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(new Shown("X.md", 1, wrong)))
          .as(wrong)
          .isInstanceOf(AssertionError.class);
    }
  }
}
