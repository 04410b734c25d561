package io.parley.tournament;

import io.parley.protocol.ProtocolKind;
import io.parley.scenario.ScenarioException;
import io.parley.scenario.SourceNode;
import io.parley.scenario.SourceNode.ListNode;
import io.parley.scenario.SourceNode.MapNode;
import io.parley.scenario.SourceNode.ScalarNode;
import io.parley.scenario.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@link TournamentConfig} from YAML or JSON (the format of docs/tournaments.md). Scenario
 * paths and globs are relative to the config file's folder; globs are expanded here, in sorted
 * order, so that a plan does not depend on the order a file system lists files in.
 *
 * <p>Every error is a {@link ScenarioException} naming the file, line, column and key, such as
 * {@code t.yaml:4:5: scenarios[1]: the glob "domains/*.xml" matches nothing}.
 */
public final class TournamentConfigReader {
  private static final List<String> KEYS =
      List.of(
          "name",
          "scenarios",
          "competitors",
          "mediators",
          "protocols",
          "deadline",
          "repetitions",
          "seed",
          "rotate_roles",
          "self_play",
          "agent_path",
          "negotiation_timeout_seconds",
          "call_budget_ms");

  private TournamentConfigReader() {}

  /**
   * Reads the config file at {@code file}; {@code .json} files are read as JSON, others as YAML.
   *
   * @throws ScenarioException if the file cannot be read or breaks a rule, naming where
   */
  public static TournamentConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScenarioException(
          file.toString(), 0, 0, "", "cannot read the tournament config: " + e.getMessage());
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return parse(file.toString(), text, folder, json);
  }

  /**
   * Parses a config.
   *
   * @param source the file name, used in messages
   * @param folder the folder that relative scenario paths start from
   * @throws ScenarioException if the text breaks a rule, naming where
   */
  public static TournamentConfig parse(String source, String text, Path folder, boolean json) {
    if (text.isBlank()) {
      throw new ScenarioException(source, 0, 0, "", "the file is empty; expected a tournament");
    }
    MapNode root = SourceParser.parse(source, text, json).asMap("a tournament map");
    root.allowOnly(KEYS, "a tournament");
    String name =
        root.find("name")
            .map(n -> n.text("a name"))
            .orElse(Path.of(source).getFileName().toString().replaceFirst("\\.[^.]*$", ""));
    List<ScenarioRef> scenarios =
        ScenarioPaths.expand(
            root.require("scenarios", "a list of scenario files or globs")
                .asList("a list of scenario files or globs"),
            folder);
    List<Competitor> competitors =
        competitors(root.require("competitors", "a list of strategies"), "competitor");
    List<Competitor> mediators =
        root.find("mediators").map(n -> competitors(n, "mediator")).orElse(List.of());
    List<ProtocolKind> protocols =
        root.find("protocols")
            .map(TournamentConfigReader::protocols)
            .orElse(List.of(ProtocolKind.ALTERNATING_OFFERS));
    Deadline deadline =
        root.find("deadline").map(TournamentConfigReader::deadline).orElse(Deadline.DEFAULT);
    int repetitions = 1;
    Optional<SourceNode> reps = root.find("repetitions");
    if (reps.isPresent()) {
      long r = reps.get().integer("a whole number of repetitions");
      if (r < 1 || r > Integer.MAX_VALUE) {
        throw reps.get().fail("repetitions " + r + "; expected at least 1");
      }
      repetitions = (int) r;
    }
    long seed = root.find("seed").map(n -> n.integer("a whole-number seed")).orElse(0L);
    boolean rotate = root.find("rotate_roles").map(n -> bool(n, "rotate_roles")).orElse(true);
    boolean selfPlay = root.find("self_play").map(n -> bool(n, "self_play")).orElse(true);
    List<String> agentPath = new ArrayList<>();
    root.find("agent_path")
        .ifPresent(
            n -> {
              if (n instanceof ListNode list) {
                list.items().forEach(i -> agentPath.add(resolve(folder, i.text("a folder"))));
              } else {
                agentPath.add(resolve(folder, n.text("a folder or a list of folders")));
              }
            });
    Duration timeout =
        root.find("negotiation_timeout_seconds")
            .map(n -> positiveDuration(n, "negotiation_timeout_seconds", 1000))
            .orElse(TournamentConfig.DEFAULT_NEGOTIATION_TIMEOUT);
    Duration budget = Duration.ZERO;
    Optional<SourceNode> budgetNode = root.find("call_budget_ms");
    if (budgetNode.isPresent()) {
      long ms = budgetNode.get().integer("a whole number of milliseconds");
      if (ms < 0) {
        throw budgetNode.get().fail("call_budget_ms " + ms + " is negative");
      }
      budget = Duration.ofMillis(ms);
    }
    try {
      return new TournamentConfig(
          name,
          scenarios,
          competitors,
          mediators,
          protocols,
          deadline,
          repetitions,
          seed,
          rotate,
          selfPlay,
          agentPath,
          timeout,
          budget);
    } catch (IllegalArgumentException e) {
      throw root.fail(e.getMessage());
    }
  }

  private static String resolve(Path folder, String path) {
    return folder.resolve(path).normalize().toString();
  }

  private static List<Competitor> competitors(SourceNode node, String what) {
    ListNode list = node.asList("a list of " + what + " strategies");
    if (list.items().isEmpty()) {
      throw node.fail("no " + what + "s; expected at least one strategy");
    }
    List<Competitor> result = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (SourceNode item : list.items()) {
      Competitor competitor;
      if (item instanceof MapNode map) {
        map.allowOnly(List.of("name", "strategy"), "a " + what);
        String spec = map.require("strategy", "a strategy spec").text("a strategy spec");
        String name = map.find("name").map(n -> n.text("a name")).orElse(spec);
        competitor = new Competitor(name, spec);
      } else {
        competitor = Competitor.of(item.text("a strategy spec"));
      }
      if (names.contains(competitor.name())) {
        throw item.fail(what + " '" + competitor.name() + "' is listed twice");
      }
      names.add(competitor.name());
      result.add(competitor);
    }
    return result;
  }

  private static List<ProtocolKind> protocols(SourceNode node) {
    List<SourceNode> items =
        node instanceof ListNode list ? list.items() : List.of((SourceNode) node);
    List<ProtocolKind> result = new ArrayList<>();
    for (SourceNode item : items) {
      try {
        ProtocolKind kind = ProtocolKind.of(item.text("a protocol"));
        if (result.contains(kind)) {
          throw item.fail("protocol " + kind.key() + " is listed twice");
        }
        result.add(kind);
      } catch (IllegalArgumentException e) {
        throw item.fail(e.getMessage());
      }
    }
    if (result.isEmpty()) {
      throw node.fail("no protocols; expected at least one");
    }
    return result;
  }

  private static Deadline deadline(SourceNode node) {
    if (node instanceof MapNode map) {
      map.allowOnly(List.of("rounds", "seconds"), "a deadline");
      if (map.find("rounds").isPresent() == map.find("seconds").isPresent()) {
        throw node.fail("expected exactly one of rounds or seconds");
      }
      if (map.find("seconds").isPresent()) {
        return new Deadline.Time(positiveDuration(map.find("seconds").get(), "seconds", 1000));
      }
      return rounds(map.find("rounds").get());
    }
    return rounds(node);
  }

  private static Deadline rounds(SourceNode node) {
    long rounds = node.integer("a whole number of rounds");
    if (rounds < 1 || rounds > 1_000_000) {
      throw node.fail("deadline of " + rounds + " rounds; expected 1 to 1000000");
    }
    return new Deadline.Rounds((int) rounds);
  }

  private static Duration positiveDuration(SourceNode node, String what, double unitsPerSecond) {
    double seconds = node.number("a number of seconds");
    if (seconds <= 0) {
      throw node.fail(what + " " + seconds + "; expected a positive number of seconds");
    }
    return Duration.ofMillis(Math.max(1, Math.round(seconds * unitsPerSecond)));
  }

  private static boolean bool(SourceNode node, String what) {
    ScalarNode scalar = node.asScalar("true or false");
    if (scalar.type() != SourceNode.ScalarType.BOOLEAN) {
      throw node.fail("expected true or false for " + what + ", got " + node.kind());
    }
    return Boolean.parseBoolean(scalar.text());
  }
}
