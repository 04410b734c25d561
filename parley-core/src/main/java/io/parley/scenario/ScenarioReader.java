package io.parley.scenario;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.SourceNode.ListNode;
import io.parley.scenario.SourceNode.MapNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads scenario files (YAML or JSON, one schema; see {@code docs/scenario-format.md}).
 *
 * <p>Every rule of the format is checked; the first broken one is reported as a {@link
 * ScenarioException} naming the file, line, column and key path.
 */
public final class ScenarioReader {
  // Lists, not sets: messages list the allowed keys in this (documented) order.
  private static final List<String> TOP_KEYS =
      List.of(
          "name",
          "description",
          "parties",
          "issues",
          "preferences",
          "run",
          "implementation",
          "ratification");
  private static final List<String> PARTY_KEYS = List.of("id", "name", "role");
  private static final List<String> ISSUE_KEYS = List.of("id", "name", "values", "range");
  private static final List<String> RANGE_KEYS = List.of("min", "max", "step");

  private ScenarioReader() {}

  /**
   * Reads a scenario file; {@code .json} files are read as JSON, anything else as YAML.
   *
   * @throws ScenarioException if the file cannot be read or breaks a rule of the format
   */
  public static Scenario read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScenarioException(
          file.toString(), 0, 0, "", "cannot read the file: " + describe(e));
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return parse(file.toString(), text, json);
  }

  /**
   * Reads a scenario from text.
   *
   * @param source the name used in messages
   * @param json whether the text is JSON rather than YAML
   * @throws ScenarioException if the text breaks a rule of the format
   */
  public static Scenario parse(String source, String text, boolean json) {
    SourceNode root = SourceParser.parse(source, text, json);
    return readScenario(root.asMap("a scenario map with name, parties, issues and preferences"));
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.toString();
  }

  private static Scenario readScenario(MapNode root) {
    root.allowOnly(TOP_KEYS, "the scenario");
    String name = root.require("name", "the scenario's name").text("a name");
    String description =
        root.find("description").map(n -> n.asScalar("a description").text()).orElse("");
    List<Party> parties = readParties(root.require("parties", "a list of parties"));
    OutcomeSpace space = readIssues(root.require("issues", "a list of issues"));
    Map<String, Preferences> preferences =
        PreferencesReader.readAll(
            root.require("preferences", "a map of party id to preferences"), parties, space);
    RunSection run =
        root.find("run")
            .map(n -> RunSectionReader.read(n, parties, preferences.keySet()))
            .orElse(RunSection.NONE);
    FollowThrough followThrough =
        new FollowThrough(
            root.find("implementation")
                .map(n -> ImplementationReader.read(n, parties, preferences.keySet(), space)),
            root.find("ratification")
                .map(n -> RatificationReader.read(n, parties, preferences.keySet(), space)));
    return new Scenario(name, description, parties, space, preferences, run, followThrough);
  }

  private static List<Party> readParties(SourceNode node) {
    ListNode list = node.asList("a list of parties");
    if (list.items().isEmpty()) {
      throw node.fail("the list of parties is empty; expected at least two parties");
    }
    List<Party> parties = new ArrayList<>();
    var ids = new HashSet<String>();
    for (SourceNode item : list.items()) {
      MapNode map = item.asMap("a party: {id, name, role}");
      map.allowOnly(PARTY_KEYS, "a party");
      SourceNode idNode = map.require("id", "the party's id");
      String id = idNode.text("a party id");
      if (!ids.add(id)) {
        throw idNode.fail("duplicate party id '" + id + "'");
      }
      String displayName = map.find("name").map(n -> n.text("a display name")).orElse(id);
      Role role = map.find("role").map(ScenarioReader::readRole).orElse(Role.PARTY);
      parties.add(new Party(id, displayName, role));
    }
    long negotiating = parties.stream().filter(p -> p.role() == Role.PARTY).count();
    if (negotiating < 2) {
      throw node.fail(
          "found " + negotiating + " participant(s) with role party; expected at least 2");
    }
    return parties;
  }

  private static Role readRole(SourceNode node) {
    String text = node.text("a role");
    for (Role role : Role.values()) {
      if (role.fileName().equals(text)) {
        return role;
      }
    }
    throw node.fail("unknown role '" + text + "'; expected party, mediator, guarantor or observer");
  }

  private static OutcomeSpace readIssues(SourceNode node) {
    ListNode list = node.asList("a list of issues");
    if (list.items().isEmpty()) {
      throw node.fail("the list of issues is empty; expected at least one issue");
    }
    List<Issue> issues = new ArrayList<>();
    var ids = new HashSet<String>();
    for (SourceNode item : list.items()) {
      MapNode map = item.asMap("an issue: {id, values} or {id, range}");
      map.allowOnly(ISSUE_KEYS, "an issue");
      SourceNode idNode = map.require("id", "the issue's id");
      String id = idNode.text("an issue id");
      if (!ids.add(id)) {
        throw idNode.fail("duplicate issue id '" + id + "'");
      }
      String displayName = map.find("name").map(n -> n.text("a display name")).orElse(id);
      var values = map.find("values");
      var range = map.find("range");
      if (values.isPresent() == range.isPresent()) {
        throw map.fail(
            "issue '"
                + id
                + "' needs exactly one of 'values' (a list of labels) or 'range' ({min, max, step})");
      }
      issues.add(
          values.isPresent()
              ? readDiscrete(id, displayName, values.get())
              : readRange(id, displayName, range.get()));
    }
    return new OutcomeSpace(issues);
  }

  private static Issue readDiscrete(String id, String displayName, SourceNode node) {
    ListNode list = node.asList("a list of value labels");
    if (list.items().isEmpty()) {
      throw node.fail(
          "issue '" + id + "' has an empty list of values; expected at least one label");
    }
    List<String> labels = new ArrayList<>();
    var seen = new HashSet<String>();
    for (SourceNode item : list.items()) {
      String label = item.text("a value label");
      if (!seen.add(label)) {
        throw item.fail("issue '" + id + "' lists value '" + label + "' twice");
      }
      labels.add(label);
    }
    return new DiscreteIssue(id, displayName, labels);
  }

  private static Issue readRange(String id, String displayName, SourceNode node) {
    MapNode map = node.asMap("a range {min, max, step}");
    map.allowOnly(RANGE_KEYS, "a range");
    long min = map.require("min", "the smallest value").integer("an integer min");
    long max = map.require("max", "the largest value").integer("an integer max");
    SourceNode stepNode = map.find("step").orElse(null);
    long step = stepNode == null ? 1 : stepNode.integer("an integer step");
    if (min > max) {
      throw map.fail("range min " + min + " > max " + max + "; expected min <= max");
    }
    if (step <= 0) {
      throw stepNode.fail("step " + step + " is not positive; expected an integer >= 1");
    }
    try {
      return new IntegerIssue(id, displayName, min, max, step);
    } catch (IllegalArgumentException e) {
      throw map.fail(e.getMessage());
    }
  }
}
