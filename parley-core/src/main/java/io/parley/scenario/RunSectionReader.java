package io.parley.scenario;

import io.parley.scenario.SourceNode.ListNode;
import io.parley.scenario.SourceNode.MapNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Reads the {@code run} section of a scenario file. */
final class RunSectionReader {
  private static final List<String> RUN_KEYS =
      List.of(
          "protocol",
          "deadline",
          "mediator",
          "mediator_strategy",
          "negotiators",
          "sessions",
          "seed");
  private static final List<String> SESSION_KEYS =
      List.of("name", "venue", "date", "rounds", "mode", "broker", "absent");
  private static final List<String> PROTOCOLS =
      List.of("alternating-offers", "single-text", "shuttle");
  private static final List<String> MODES = List.of("plenary", "shuttle");

  private RunSectionReader() {}

  static RunSection read(SourceNode node, List<Party> parties, Set<String> negotiating) {
    MapNode map = node.asMap("a map of defaults for a run");
    map.allowOnly(RUN_KEYS, "the run section");
    Optional<String> protocol = map.find("protocol").map(n -> oneOf(n, PROTOCOLS, "protocol"));
    OptionalInt deadline = OptionalInt.empty();
    var deadlineNode = map.find("deadline");
    if (deadlineNode.isPresent()) {
      deadline = OptionalInt.of(positiveInt(deadlineNode.get(), "deadline (rounds)"));
    }
    Optional<String> mediator = map.find("mediator").map(n -> mediatorId(n, parties));
    Optional<String> strategy =
        map.find("mediator_strategy").map(n -> n.text("a mediator strategy name"));
    Map<String, String> negotiators = new LinkedHashMap<>();
    var negotiatorsNode = map.find("negotiators");
    if (negotiatorsNode.isPresent()) {
      MapNode seats = negotiatorsNode.get().asMap("a map of party id to strategy name");
      for (var entry : seats.entries().entrySet()) {
        if (!negotiating.contains(entry.getKey())) {
          throw entry
              .getValue()
              .fail(
                  "'"
                      + entry.getKey()
                      + "' is not a party with preferences; parties are "
                      + String.join(", ", negotiating));
        }
        negotiators.put(entry.getKey(), entry.getValue().text("a strategy name"));
      }
    }
    List<RunSection.SessionSpec> sessions = new ArrayList<>();
    var sessionsNode = map.find("sessions");
    if (sessionsNode.isPresent()) {
      ListNode list = sessionsNode.get().asList("a list of sessions");
      for (SourceNode item : list.items()) {
        sessions.add(session(item, parties, negotiating));
      }
    }
    OptionalLong seed = OptionalLong.empty();
    var seedNode = map.find("seed");
    if (seedNode.isPresent()) {
      seed = OptionalLong.of(seedNode.get().integer("an integer seed"));
    }
    return new RunSection(protocol, deadline, mediator, strategy, negotiators, sessions, seed);
  }

  private static RunSection.SessionSpec session(
      SourceNode node, List<Party> parties, Set<String> negotiating) {
    MapNode map = node.asMap("a session: {name, venue, date, rounds, mode, broker, absent}");
    map.allowOnly(SESSION_KEYS, "a session");
    String name = map.require("name", "the session's name").text("a session name");
    String venue = map.find("venue").map(n -> n.text("a venue")).orElse("");
    String date = map.find("date").map(n -> n.text("a date label")).orElse("");
    int rounds = map.find("rounds").map(n -> positiveInt(n, "rounds")).orElse(1);
    String mode = map.find("mode").map(n -> oneOf(n, MODES, "session mode")).orElse("plenary");
    String broker = map.find("broker").map(n -> mediatorId(n, parties)).orElse("");
    List<String> absent = new ArrayList<>();
    var absentNode = map.find("absent");
    if (absentNode.isPresent()) {
      for (SourceNode item : absentNode.get().asList("a list of absent party ids").items()) {
        String id = item.text("a party id");
        if (!negotiating.contains(id)) {
          throw item.fail(
              "'"
                  + id
                  + "' is not a party with preferences; parties are "
                  + String.join(", ", negotiating));
        }
        absent.add(id);
      }
    }
    return new RunSection.SessionSpec(name, venue, date, rounds, mode, broker, absent);
  }

  private static String oneOf(SourceNode node, List<String> allowed, String what) {
    String text = node.text("a " + what);
    if (!allowed.contains(text)) {
      throw node.fail(
          "unknown " + what + " '" + text + "'; expected one of " + String.join(", ", allowed));
    }
    return text;
  }

  private static int positiveInt(SourceNode node, String what) {
    long value = node.integer("an integer " + what);
    if (value < 1 || value > 1_000_000_000) {
      throw node.fail(what + " " + value + " must be between 1 and 1000000000");
    }
    return (int) value;
  }

  private static String mediatorId(SourceNode node, List<Party> parties) {
    String id = node.text("a mediator id");
    for (Party party : parties) {
      if (party.id().equals(id)) {
        if (party.role() != Role.MEDIATOR) {
          throw node.fail("'" + id + "' is a " + party.role().fileName() + ", not a mediator");
        }
        return id;
      }
    }
    throw node.fail("unknown participant '" + id + "'");
  }
}
