package io.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.LiveNegotiations;
import io.parley.live.codec.Json;
import io.parley.live.codec.Requests;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Move;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.RunSection;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import io.parley.server.Examples;
import io.parley.server.ParleyServer;
import io.parley.server.ServerOptions;
import io.parley.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley demo}: starts the server (in memory unless a store is named) with a ready-made
 * negotiation — the phased Cairo talks of {@code examples/cairo-2024-phased.yaml} by default —
 * whose parties are played by robots, its sessions scheduled as the scenario's run section says,
 * and prints the mediator's link: one person practises mediating against robots.
 *
 * <p>Exit codes: 0 stopped cleanly, 1 the store or the port could not be opened, 2 bad usage or a
 * bad scenario.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyVersion.class,
    description = {
      "Start the server with a ready-made negotiation whose parties are robots, and print the"
          + " mediator's link; stop it with Ctrl-C."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped cleanly",
      "1:the store or the port could not be opened",
      "2:bad usage or a bad scenario"
    })
final class DemoCommand implements Callable<Integer> {
  private static final String BUNDLED_ID = "cairo-2024-phased";
  private static final String BUNDLED = "examples/" + BUNDLED_ID + ".yaml";

  @Spec CommandSpec spec;
  @Mixin ServerSettings settings;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description =
          "The scenario to demonstrate; default the phased Cairo talks"
              + " (examples/cairo-2024-phased.yaml).")
  Optional<Path> scenarioFile = Optional.empty();

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "The robots' seed; default the scenario's run seed.")
  OptionalLong seed = OptionalLong.empty();

  /** The environment the console key is read from (replaced in tests). */
  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() {
    try {
      var parse = spec.commandLine().getParseResult();
      boolean storeNamed = parse.hasMatchedOption("--data") || parse.hasMatchedOption("--db");
      if (!storeNamed) {
        settings.memory = true;
      }
      settings.check(parse.hasMatchedOption("--data"));
      String text = scenarioText();
      Scenario scenario = ScenarioReader.parse(source(), text, text.stripLeading().startsWith("{"));
      ServerOptions options = settings.options(environment);
      try (StopSignal signal = new StopSignal();
          EventStore store = settings.openStore(environment);
          ParleyServer server = ServerStart.start(store, options)) {
        LiveNegotiations live = server.negotiations();
        LiveNegotiations.Created created = live.create(options.consoleKey(), text, seed);
        Viewer mediator = live.authenticate(created.id(), created.token());
        List<String> robots = seatRobots(live, mediator, scenario);
        scheduleSessions(live, mediator, scenario);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Parley demonstration: " + scenario.name());
        out.println("Robots play " + String.join(", ", robots) + ".");
        out.println("You mediate as " + created.mediator() + ". Your link:");
        out.println("  " + server.mediatorLink(created.id(), created.token()));
        out.println("Console link (creates more negotiations):");
        out.println("  " + server.consoleLink());
        out.println(
            "Negotiations are kept in " + settings.storeDescription() + ". Stop with Ctrl-C.");
        out.flush();
        signal.await();
      }
      return ExitCode.OK;
    } finally {
      spec.commandLine().getOut().flush();
    }
  }

  private String source() {
    return scenarioFile.map(Path::toString).orElse(BUNDLED);
  }

  private String scenarioText() {
    try {
      if (scenarioFile.isPresent()) {
        return Files.readString(scenarioFile.get(), StandardCharsets.UTF_8);
      }
      return Examples.text(BUNDLED_ID).orElseThrow();
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.USAGE, "cannot read " + source() + ": " + e.getMessage());
    }
  }

  /** Seats a robot for every party: the strategy the run section names, else linear. */
  private static List<String> seatRobots(
      LiveNegotiations live, Viewer mediator, Scenario scenario) {
    List<String> robots = new ArrayList<>();
    for (String party : scenario.negotiatingParties()) {
      String strategy = scenario.run().negotiators().getOrDefault(party, "linear");
      ObjectNode body = Json.MAPPER.createObjectNode().put("participant", party);
      body.put("strategy", strategy);
      live.act(mediator, Requests.move(Move.ASSIGN_SEAT, Optional.empty(), body));
      robots.add(name(scenario, party) + " (" + strategy + ")");
    }
    return robots;
  }

  /** Schedules the run section's sessions; each party attends unless listed as absent. */
  private static void scheduleSessions(LiveNegotiations live, Viewer mediator, Scenario scenario) {
    for (RunSection.SessionSpec session : scenario.run().sessions()) {
      ObjectNode body = Json.MAPPER.createObjectNode().put("name", session.name());
      body.put("venue", session.venue().isBlank() ? "to be decided" : session.venue());
      body.put("date", session.date().isBlank() ? "to be decided" : session.date());
      var attendance = body.putArray("attendance");
      for (Party party : scenario.parties()) {
        if (party.role() == Role.PARTY && !session.absent().contains(party.id())) {
          attendance.add(party.id());
        }
      }
      live.act(mediator, Requests.move(Move.SCHEDULE_SESSION, Optional.empty(), body));
    }
  }

  private static String name(Scenario scenario, String id) {
    return scenario.parties().stream()
        .filter(p -> p.id().equals(id))
        .map(Party::name)
        .findFirst()
        .orElse(id);
  }
}
