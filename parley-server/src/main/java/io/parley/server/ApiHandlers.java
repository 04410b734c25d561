package io.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.parley.live.LiveException;
import io.parley.live.LiveNegotiations;
import io.parley.live.codec.Json;
import io.parley.live.codec.Requests;
import io.parley.live.codec.SeenEventJson;
import io.parley.live.log.Quarantined;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Move;
import io.parley.scenario.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The API's handlers: each parses the request, authenticates the caller, calls the domain ({@link
 * LiveNegotiations}) and writes its answer. They decide nothing; refusals travel as exceptions to
 * {@link Failures}.
 */
final class ApiHandlers {
  private final LiveNegotiations live;
  private final Supplier<Links> links;

  /**
   * @param links the server's links, known once it listens
   */
  ApiHandlers(LiveNegotiations live, Supplier<Links> links) {
    this.live = live;
    this.links = links;
  }

  /**
   * GET /api/health: {@code {"status": "ok"}}, or {@code {"status": "degraded", "quarantined": N}}
   * while N negotiations are quarantined (GET /api/quarantine lists them for the organiser).
   */
  void health(Context ctx) {
    int quarantined = live.quarantinedCount();
    ObjectNode answer = Json.MAPPER.createObjectNode();
    if (quarantined == 0) {
      answer.put("status", "ok");
    } else {
      answer.put("status", "degraded").put("quarantined", quarantined);
    }
    json(ctx, 200, answer);
  }

  /**
   * GET /api/quarantine, for the organiser (console key): the negotiations not served because their
   * logs failed verification, with why and where, and the ledger's other problems.
   */
  void quarantine(Context ctx) {
    Quarantined quarantined = live.quarantined(bearer(ctx));
    ObjectNode answer = Json.MAPPER.createObjectNode();
    ArrayNode list = answer.putArray("negotiations");
    for (Quarantined.Negotiation negotiation : quarantined.negotiations()) {
      ObjectNode entry = list.addObject().put("id", negotiation.id());
      entry.put("problem", negotiation.problem());
      negotiation.event().ifPresent(event -> entry.put("event", event));
    }
    ArrayNode ledger = answer.putArray("ledgerProblems");
    quarantined.ledgerProblems().forEach(ledger::add);
    json(ctx, 200, answer);
  }

  /** POST /api/negotiations: a scenario as JSON {"scenario", "seed"}, an upload, or raw YAML. */
  void create(Context ctx) {
    live.checkConsoleKey(bearer(ctx));
    String scenario;
    OptionalLong seed = OptionalLong.empty();
    if (RequestBody.isOf(ctx, "multipart/form-data")) {
      RequestBody.checkDeclaredLength(ctx);
      UploadedFile file = ctx.uploadedFile("scenario");
      if (file == null) {
        throw new LiveException(
            LiveException.Kind.BAD_INPUT,
            "the upload has no file part named 'scenario'; send -F scenario=@FILE");
      }
      if (file.size() > RequestBody.LIMIT) {
        throw new HttpFailure(413, "the scenario file is larger than 1 MiB");
      }
      try (InputStream in = file.content()) {
        scenario = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new LiveException(
            LiveException.Kind.BAD_INPUT, "cannot read the upload: the connection failed");
      }
    } else if (RequestBody.isOf(
        ctx, "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml")) {
      scenario = RequestBody.text(ctx);
    } else {
      ObjectNode body = Json.parseObject(RequestBody.json(ctx));
      for (var names = body.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals("scenario") && !name.equals("example") && !name.equals("seed")) {
          throw new LiveException(
              LiveException.Kind.BAD_INPUT,
              "unknown field '" + name + "'; allowed fields are scenario, example, seed");
        }
      }
      scenario = scenarioOrExample(body);
      JsonNode seedNode = body.get("seed");
      if (seedNode != null) {
        if (!seedNode.isIntegralNumber() || !seedNode.canConvertToLong()) {
          throw new LiveException(
              LiveException.Kind.BAD_INPUT, "field 'seed' must be an integer (64 bits)");
        }
        seed = OptionalLong.of(seedNode.longValue());
      }
    }
    LiveNegotiations.Created created = live.create(bearer(ctx), scenario, seed);
    ObjectNode answer = Json.MAPPER.createObjectNode().put("id", created.id());
    ObjectNode mediator = answer.putObject("mediator");
    mediator.put("participant", created.mediator());
    mediator.put("token", created.token());
    mediator.put("link", links.get().mediator(created.id(), created.token()));
    json(ctx, 201, answer);
  }

  /** GET /api/examples: the built-in examples, for the organiser. */
  void examples(Context ctx) {
    live.checkConsoleKey(bearer(ctx));
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (Examples.Example example : Examples.all()) {
      list.addObject()
          .put("id", example.id())
          .put("name", example.name())
          .put("description", example.description());
    }
    json(ctx, 200, list);
  }

  private static String scenarioOrExample(ObjectNode body) {
    JsonNode text = body.get("scenario");
    JsonNode example = body.get("example");
    if ((text == null) == (example == null)) {
      throw new LiveException(
          LiveException.Kind.BAD_INPUT,
          "give exactly one of 'scenario' (the scenario's YAML or JSON text) or 'example' (one"
              + " of "
              + String.join(", ", Examples.IDS)
              + ")");
    }
    if (example != null) {
      if (!example.isTextual()) {
        throw new LiveException(LiveException.Kind.BAD_INPUT, "field 'example' must be a string");
      }
      return Examples.text(example.textValue())
          .orElseThrow(
              () ->
                  new LiveException(
                      LiveException.Kind.BAD_INPUT,
                      "unknown example '"
                          + example.textValue()
                          + "'; examples are "
                          + String.join(", ", Examples.IDS)));
    }
    if (!text.isTextual()) {
      throw new LiveException(
          LiveException.Kind.BAD_INPUT,
          "field 'scenario' must be the scenario's YAML or JSON text, as a string");
    }
    return text.textValue();
  }

  void utilitySpace(Context ctx) {
    json(
        ctx,
        200,
        ViewJson.utilitySpace(
            live.utilitySpace(
                viewer(ctx),
                Optional.ofNullable(ctx.queryParam("x")),
                Optional.ofNullable(ctx.queryParam("y")))));
  }

  void previewPreferences(Context ctx) {
    Viewer viewer = viewer(ctx);
    json(
        ctx,
        200,
        ViewJson.preferencesPreview(
            live.previewPreferences(
                viewer, Requests.preview(Json.parseObject(RequestBody.json(ctx))))));
  }

  void invite(Context ctx) {
    Viewer viewer = viewer(ctx);
    ObjectNode body = Json.parseObject(RequestBody.json(ctx));
    LiveNegotiations.Invitation invitation = live.invite(viewer, Requests.invitation(body));
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("participant", invitation.participant());
    answer.put("token", invitation.token());
    answer.put(
        "link",
        invitation.role() == Role.MEDIATOR
            ? links.get().mediator(viewer.negotiation(), invitation.token())
            : links.get().room(viewer.negotiation(), invitation.token()));
    answer.set("event", SeenEventJson.of(invitation.event()));
    json(ctx, 201, answer);
  }

  void revoke(Context ctx) {
    Viewer viewer = viewer(ctx);
    live.act(
        viewer,
        Requests.move(
            Move.REVOKE, Optional.of(ctx.pathParam("pid")), Json.MAPPER.createObjectNode()));
    ctx.status(204);
  }

  void view(Context ctx) {
    json(ctx, 200, ViewJson.room(live.view(viewer(ctx))));
  }

  void events(Context ctx) {
    Viewer viewer = viewer(ctx);
    long after = after(ctx.queryParam("after"));
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (SeenEvent event : live.events(viewer, after)) {
      list.add(SeenEventJson.of(event));
    }
    json(ctx, 200, list);
  }

  void diff(Context ctx) {
    Viewer viewer = viewer(ctx);
    int version = (int) positive(ctx.pathParam("v"), "text version");
    String from = ctx.queryParam("from");
    json(
        ctx,
        200,
        ViewJson.diff(
            live.diff(
                viewer,
                version,
                from == null
                    ? OptionalInt.empty()
                    : OptionalInt.of((int) positive(from, "from")))));
  }

  void agreement(Context ctx) {
    json(ctx, 200, ViewJson.agreement(live.agreement(viewer(ctx))));
  }

  // The mediator's day (issue 16).

  /** GET .../timeline: every visible event with its time in the negotiation's time zone. */
  void timeline(Context ctx) {
    json(ctx, 200, Json.MAPPER.valueToTree(live.timeline(viewer(ctx))));
  }

  /** GET .../answers: the response grid (party by version), for mediators. */
  void answers(Context ctx) {
    json(ctx, 200, Json.MAPPER.valueToTree(live.answers(viewer(ctx))));
  }

  /** GET .../agreement.pdf: the agreement as a PDF, rendered from the printable page's HTML. */
  void agreementPdf(Context ctx) {
    byte[] pdf = AgreementPdf.render(live.agreementSheet(viewer(ctx)));
    ctx.status(200);
    ctx.contentType("application/pdf");
    ctx.header("Content-Disposition", "inline; filename=\"agreement.pdf\"");
    ctx.result(pdf);
  }

  /** A handler for a move whose path has no parameter of its own. */
  io.javalin.http.Handler move(Move move) {
    return ctx -> act(ctx, move, Optional.empty());
  }

  /** A handler for a move whose path names a version or sequence number as {@code param}. */
  io.javalin.http.Handler move(Move move, String param) {
    return ctx -> act(ctx, move, Optional.of(ctx.pathParam(param)));
  }

  private void act(Context ctx, Move move, Optional<String> parameter) {
    Viewer viewer = viewer(ctx);
    ObjectNode body = Json.parseObject(RequestBody.json(ctx));
    json(ctx, 201, SeenEventJson.of(live.act(viewer, Requests.move(move, parameter, body))));
  }

  /** The caller, from its bearer token. */
  Viewer viewer(Context ctx) {
    return live.authenticate(ctx.pathParam("nid"), bearer(ctx));
  }

  static String bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      return null;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new LiveException(
          LiveException.Kind.UNAUTHORIZED, "the Authorization header must be 'Bearer <token>'");
    }
    return header.substring(7).strip();
  }

  static long after(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      long after = Long.parseLong(text.strip());
      if (after < 0) {
        throw new NumberFormatException();
      }
      return after;
    } catch (NumberFormatException e) {
      throw new LiveException(
          LiveException.Kind.BAD_INPUT,
          "query parameter 'after' is '" + text + "'; expected a sequence number >= 0");
    }
  }

  private static long positive(String text, String what) {
    try {
      long value = Long.parseLong(text);
      if (value >= 1 && value <= Integer.MAX_VALUE) {
        return value;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new LiveException(
        LiveException.Kind.BAD_INPUT, what + " '" + text + "' is not a positive integer");
  }

  static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status);
    ctx.contentType("application/json");
    ctx.result(Json.write(body));
  }
}
