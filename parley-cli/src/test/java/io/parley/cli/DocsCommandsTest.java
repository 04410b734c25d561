package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs that cannot drift: every console block of README.md and docs/*.md is run and its output
 * compared with what the block shows, line for line.
 *
 * <p>A console block is a fenced block whose first line is {@code $ parley ...} or {@code $
 * ./parley ...}. Each {@code $ } line in it is a command; the lines up to the next command are its
 * output (standard output and standard error together, as a terminal shows them). {@code parley}
 * commands run in-process from the root of the checkout; other commands ({@code cut}, {@code head},
 * ...) run in {@code bash} there. A block whose opening fence carries {@code no-run} (for example
 * {@code ```console no-run}) is shown but not run. Before the comparison both sides are masked (see
 * {@link #mask}): rates, times left and durations; paths under {@code /tmp/} in a command become a
 * fresh temporary directory, and that directory is written back as {@code /tmp/} in the output.
 * docs/testing.md describes the convention.
 */
class DocsCommandsTest {
  private static final Path ROOT = root();

  @TempDir Path tmp;

  /** A console block: where it is, and its commands with the output each shows. */
  record Block(String file, int line, List<Command> commands) {}

  /** One {@code $ } line and the output shown under it. */
  record Command(String line, List<String> output) {}

  private static Path root() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("README.md")) && Files.isDirectory(d.resolve("docs"))) {
        return d;
      }
    }
    throw new IllegalStateException("no README.md and docs/ above " + Path.of("").toAbsolutePath());
  }

  private static final Pattern FENCE = Pattern.compile("^(```+|~~~+)(.*)$");
  private static final Pattern PARLEY = Pattern.compile("^\\$ (\\./)?parley( .*)?$");

  /** Every console block of README.md and docs/*.md, in file order. */
  static List<Block> blocks() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<Block> blocks = new ArrayList<>();
    for (Path file : files) {
      blocks.addAll(blocks(ROOT.relativize(file).toString(), Files.readAllLines(file)));
    }
    return blocks;
  }

  /** The console blocks of one Markdown text. */
  static List<Block> blocks(String file, List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String fence = open.group(1);
      boolean noRun = open.group(2).contains("no-run");
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).startsWith(fence)) {
        end++;
      }
      List<String> body = lines.subList(i + 1, Math.min(end, lines.size()));
      if (!noRun && !body.isEmpty() && PARLEY.matcher(body.get(0)).matches()) {
        List<Command> commands = new ArrayList<>();
        for (String line : body) {
          if (line.startsWith("$ ")) {
            commands.add(new Command(line.substring(2), new ArrayList<>()));
          } else {
            commands.get(commands.size() - 1).output().add(line);
          }
        }
        blocks.add(new Block(file, i + 1, commands));
      }
      i = end;
    }
    return blocks;
  }

  @TestFactory
  Stream<DynamicTest> everyConsoleBlockPrintsWhatItShows() throws IOException {
    List<Block> blocks = blocks();
    assertThat(blocks).as("console blocks in README.md and docs/").isNotEmpty();
    return blocks.stream()
        .map(
            block ->
                DynamicTest.dynamicTest(
                    block.file() + ":" + block.line() + " " + block.commands().get(0).line(),
                    () -> check(block)));
  }

  private void check(Block block) throws Exception {
    // Each block gets its own /tmp, as if run on a fresh machine.
    Path blockTmp = Files.createTempDirectory(tmp, "block");
    // The real output, to copy into the docs when they have drifted.
    Path dump =
        Path.of(
            "target", "docs-actual", block.file().replace('/', '_') + "-" + block.line() + ".txt");
    Files.createDirectories(dump.getParent());
    Files.deleteIfExists(dump);
    for (Command command : block.commands()) {
      String actual = run(command.line(), blockTmp);
      Files.writeString(
          dump,
          "$ " + command.line() + "\n" + actual,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      assertThat(mask(actual))
          .as(
              "%s line %d: `%s` printed something else; update the docs to the real output",
              block.file(), block.line(), command.line())
          .isEqualTo(mask(String.join("\n", command.output())));
    }
  }

  /** Runs one command line from the root of the checkout; returns what it printed. */
  private String run(String line, Path blockTmp) throws Exception {
    String temp = blockTmp.toString() + "/";
    List<String> words = new ArrayList<>();
    for (String word : words(line)) {
      words.add(word.replace("/tmp/", temp));
    }
    String printed;
    if (PARLEY.matcher("$ " + line).matches()) {
      List<String> args = new ArrayList<>();
      for (String word : words.subList(1, words.size())) {
        args.add(
            !word.startsWith("-") && Files.exists(ROOT.resolve(word))
                ? ROOT.resolve(word).toString()
                : word);
      }
      var out = new StringWriter();
      var writer = new PrintWriter(out, true);
      var commandLine = ParleyCommand.commandLine();
      commandLine.setOut(writer);
      commandLine.setErr(writer);
      commandLine.execute(args.toArray(String[]::new));
      writer.flush();
      printed = out.toString().replace(ROOT + "/", "");
    } else {
      Process process =
          new ProcessBuilder("bash", "-c", line.replace("/tmp/", temp))
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .start();
      printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
    }
    return printed.replace(temp, "/tmp/");
  }

  /** A command line split into words as a shell would: spaces separate, quotes group. */
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
      } else if (c == ' ') {
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

  /**
   * What varies from run to run, masked the same way in the docs and in the real output: rates
   * ({@code 727/s} becomes {@code N/s}), times left ({@code 0m00s left}), durations ({@code 1.2 s},
   * {@code 35 ms}, {@code in 4s}); of consecutive tournament progress lines ({@code parley: 21/392
   * negotiations ...}) only the last is kept, as a terminal redraws them in place; trailing blanks
   * and the final newline are dropped.
   */
  static String mask(String text) {
    return text.replaceAll(
            "(?m)^(parley: \\d+/\\d+ negotiations .*\\R)+(?=parley: \\d+/\\d+ negotiations )", "")
        .replaceAll("\\d+(\\.\\d+)?/s\\b", "N/s")
        .replaceAll("\\d+m\\d+s left", "XmYs left")
        .replaceAll("\\b\\d+(\\.\\d+)? ?(ms|s)\\b(?!/)", "T $2")
        .replaceAll("(?m)[ \\t]+$", "")
        .stripTrailing();
  }

  @Test
  void blocks_areFoundByTheirFirstLineAndNoRunSkipsOne() {
    List<String> text =
        List.of(
            "Intro",
            "```",
            "$ ./parley analyze x.yaml",
            "out 1",
            "$ cut -d, -f1 y.csv",
            "a",
            "b",
            "```",
            "```console no-run",
            "$ parley serve",
            "```",
            "```bash",
            "./parley analyze x.yaml",
            "```",
            "```",
            "$ curl -s http://example.org",
            "```");
    List<Block> blocks = blocks("X.md", text);
    assertThat(blocks)
        .containsExactly(
            new Block(
                "X.md",
                2,
                List.of(
                    new Command("./parley analyze x.yaml", List.of("out 1")),
                    new Command("cut -d, -f1 y.csv", List.of("a", "b")))));
  }

  @Test
  void mask_hidesRatesTimesLeftAndDurationsOnly() {
    assertThat(mask("parley: 392/392 negotiations (100%), 727/s, 0m00s left  \n"))
        .isEqualTo("parley: 392/392 negotiations (100%), N/s, XmYs left");
    assertThat(mask("took 35 ms, then 1.25 s; 36 feasible; 0.41"))
        .isEqualTo("took T ms, then T s; 36 feasible; 0.41");
    assertThat(
            mask(
                "parley: 0/9 negotiations (0%), 0/s, ? left\nparley: 9/9 negotiations (100%), 5/s, 0m00s left\nRan 9"))
        .isEqualTo("parley: 9/9 negotiations (100%), N/s, XmYs left\nRan 9");
    assertThat(words("a 'b c' \"d\" e")).containsExactly("a", "b c", "d", "e");
  }
}
