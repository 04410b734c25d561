package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs that cannot drift: every console block of README.md and docs/*.md is run and its output
 * compared with what the block shows, line for line.
 *
 * <p>A console block is a fenced block whose first line is a command: {@code $ } and the command.
 * Each {@code $ } line in it is a command; the lines up to the next command are its output
 * (standard output and standard error together, as a terminal shows them). The blocks of one page
 * run in order in one terminal ({@link DocsSession}): {@code parley} commands run in-process from
 * the root of the checkout, everything else in the page's {@code bash}, so a variable set in one
 * block is there in the next, and a server started with {@code ./parley serve ... &} answers the
 * page's later {@code curl} commands. A block whose opening fence carries {@code no-run} (for
 * example {@code ```console no-run}) is shown but not run. Before the comparison both sides are
 * masked alike ({@link DocsMasks}). With the system property {@code parley.docs} set, only the
 * pages whose path contains its value run. docs/testing.md describes the convention.
 */
class DocsCommandsTest {
  /** The root of the checkout: the directory above with README.md and docs/. */
  static final Path ROOT = root();

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

  /** The Markdown pages: README.md, then docs/*.md in name order. */
  static List<Path> pages() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
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
      if (!noRun && !body.isEmpty() && body.get(0).startsWith("$ ")) {
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
  Stream<DynamicContainer> everyConsoleBlockPrintsWhatItShows() throws IOException {
    List<DynamicContainer> pages = new ArrayList<>();
    int blockCount = 0;
    String only = System.getProperty("parley.docs", "");
    for (Path page : pages()) {
      String file = ROOT.relativize(page).toString();
      if (!file.contains(only)) {
        continue;
      }
      List<Block> blocks = blocks(file, Files.readAllLines(page));
      if (blocks.isEmpty()) {
        continue;
      }
      blockCount += blocks.size();
      Session session = new Session();
      List<DynamicTest> tests = new ArrayList<>();
      for (Block block : blocks) {
        tests.add(
            DynamicTest.dynamicTest(
                block.file() + ":" + block.line() + " " + block.commands().get(0).line(),
                () -> check(block, session.open())));
      }
      tests.add(DynamicTest.dynamicTest(file + ": stop what the page started", session::close));
      pages.add(DynamicContainer.dynamicContainer(file, tests));
    }
    assertThat(blockCount).as("console blocks in README.md and docs/").isPositive();
    return pages.stream();
  }

  /** One page's terminal, opened by its first block and closed after its last. */
  private static final class Session {
    private DocsSession session;
    private Path tmp;

    DocsSession open() throws IOException {
      if (session == null) {
        tmp = Files.createTempDirectory("parley-docs");
        session = new DocsSession(ROOT, tmp);
      }
      return session;
    }

    void close() throws Exception {
      if (session != null) {
        session.close();
        try (Stream<Path> files = Files.walk(tmp)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /**
   * Runs every command of {@code block}, then compares the whole block: every command runs even
   * after one printed something else, so that the page's later blocks find the state they expect
   * and the dump holds the block's whole real output.
   */
  private void check(Block block, DocsSession session) throws Exception {
    StringBuilder expected = new StringBuilder();
    StringBuilder actual = new StringBuilder();
    StringBuilder masked = new StringBuilder();
    for (Command command : block.commands()) {
      String shown = String.join("\n", command.output());
      String printed = session.run(command.line());
      if (DocsSession.isBackground(command.line())) {
        printed = session.awaitBackground(shown);
      }
      expected.append("$ ").append(command.line()).append('\n').append(mask(shown)).append('\n');
      masked.append("$ ").append(command.line()).append('\n').append(mask(printed)).append('\n');
      actual.append("$ ").append(command.line()).append('\n').append(printed);
      if (!printed.isEmpty() && !printed.endsWith("\n")) {
        actual.append('\n');
      }
    }
    // The real output, to copy into the docs when they have drifted.
    Path dump =
        Path.of(
            "target", "docs-actual", block.file().replace('/', '_') + "-" + block.line() + ".txt");
    Files.createDirectories(dump.getParent());
    Files.writeString(dump, actual);
    assertThat(masked.toString().stripTrailing())
        .as(
            "%s line %d printed something else (the real output is in %s); update the docs to it",
            block.file(), block.line(), dump.toAbsolutePath())
        .isEqualTo(expected.toString().stripTrailing());
  }

  /** {@link DocsMasks#mask}. */
  static String mask(String text) {
    return DocsMasks.mask(text);
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
                    new Command("cut -d, -f1 y.csv", List.of("a", "b")))),
            new Block("X.md", 15, List.of(new Command("curl -s http://example.org", List.of()))));
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
  }

  @Test
  void mask_hidesIdsTokensHashesAndInstants_butNotNamesOrNumbers() {
    assertThat(
            mask(
                "{\"id\":\"n25daf30a3353edc7\",\"token\":\"6fWD2wS1pwgcnxNfWsLqSct3JKxwpetwJTrkVHOAEMg\","
                    + "\"time\":\"2026-11-27T13:42:30.142043Z\",\"logHash\":\""
                    + "a45e33afb02239f35d29e86177f04b64111c62c622d176d32e5a18f4d41f0884\"}"))
        .isEqualTo(
            "{\"id\":\"<negotiation-id>\",\"token\":\"<token>\",\"time\":\"<instant>\","
                + "\"logHash\":\"<hash>\"}");
    // A 43-character name of lower-case words is a name, not a token; dates and seeds stay.
    assertThat(mask("hostage-release-humanitarian-first-phase-abc on 2026-11-27, seed 20261205"))
        .isEqualTo("hostage-release-humanitarian-first-phase-abc on 2026-11-27, seed 20261205");
  }

  @Test
  void aSession_keepsItsShellVariablesAndTmpAcrossCommands(@TempDir Path tmp) throws Exception {
    try (DocsSession session = new DocsSession(ROOT, tmp)) {
      assertThat(session.run("X=$(echo forty-two) && echo done > /tmp/f")).isEmpty();
      assertThat(session.run("echo $X; cat /tmp/f; ls /tmp/")).isEqualTo("forty-two\ndone\nf\n");
      assertThat(Files.readString(tmp.resolve("f"))).isEqualTo("done\n");
      assertThat(session.run("./parley analyze $NOTHING")).contains("Missing required parameter");
      assertThat(session.run("false; echo $((1+1))")).isEqualTo("2\n");
    }
  }
}
