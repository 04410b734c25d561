package io.parley.server;

import static io.parley.server.ApiRoute.Caller.MEDIATOR;
import static io.parley.server.ApiRoute.Caller.ORGANISER;
import static io.parley.server.ApiRoute.Caller.PARTICIPANT;
import static io.parley.server.ApiRoute.Caller.PARTY;
import static io.parley.server.ApiRoute.Caller.PUBLIC;
import static io.parley.server.ApiRoute.Kind.ARRAY;
import static io.parley.server.ApiRoute.Kind.BOOLEAN;
import static io.parley.server.ApiRoute.Kind.INTEGER;
import static io.parley.server.ApiRoute.Kind.NAME;
import static io.parley.server.ApiRoute.Kind.NAMES;
import static io.parley.server.ApiRoute.Kind.NUMBER;
import static io.parley.server.ApiRoute.Kind.OBJECT;
import static io.parley.server.ApiRoute.Kind.TEXT;

import io.parley.server.ApiRoute.Field;
import java.util.List;
import java.util.Optional;

/**
 * The API's routes, in one table: {@link ParleyServer} registers exactly these, and the bad-input
 * tests generate their requests from them. The fields are what {@code CommandReader} and the
 * handlers accept; a {@code clientId} (at most 100 of {@code A-Za-z0-9._:-}) is allowed on every
 * move besides.
 */
final class ApiRoutes {
  private static final String REF = "{\"$ref\":\"#/components/schemas/";
  private static final String POSITIVE = "{\"type\":\"integer\",\"minimum\":1}";
  private static final String RECIPIENTS =
      "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":200},"
          + "\"minItems\":1,\"maxItems\":1000,\"uniqueItems\":true}";

  /** The prefix of a negotiation's routes. */
  static final String N = "/api/negotiations/{nid}";

  /** Every route of the API. */
  static final List<ApiRoute> ALL =
      List.of(
          get("/api/health", PUBLIC),
          get("/api/quarantine", ORGANISER),
          get("/openapi.json", PUBLIC),
          post(
              "/api/negotiations",
              ORGANISER,
              optional("scenario", TEXT)
                  .described("The scenario's YAML or JSON text (at most 1 MiB with the request).")
                  .schema("{\"type\":\"string\"}"),
              optional("example", NAME)
                  .described("A built-in example's id instead (GET /api/examples)."),
              optional("seed", INTEGER)
                  .described("The robots' seed; default the scenario's run seed, else random.")
                  .schema("{\"type\":\"integer\",\"format\":\"int64\"}")),
          get("/api/examples", ORGANISER),
          new ApiRoute(
              "GET",
              N + "/utility-space",
              MEDIATOR,
              List.of(),
              List.of(
                  axis("x", "The party across on the chart; default the first negotiating party."),
                  axis("y", "The party up on the chart; default the next negotiating party."))),
          post(
              N + "/invitations",
              MEDIATOR,
              required("participant", NAME).described("The participant to invite.")),
          new ApiRoute("DELETE", N + "/invitations/{pid}", MEDIATOR, List.of()),
          get(N, PARTICIPANT),
          new ApiRoute(
              "GET",
              N + "/events",
              PARTICIPANT,
              List.of(),
              List.of(query("after", "Only the events after this sequence number; default 0."))),
          new ApiRoute(
              "GET",
              N + "/stream",
              PARTICIPANT,
              List.of(),
              List.of(
                  new ApiRoute.Param(
                      "token",
                      NAME,
                      "The caller's token, for clients that cannot send headers (EventSource).",
                      Optional.of("{\"type\":\"string\"}")),
                  query("after", "Start after this sequence number (as Last-Event-ID)."))),
          post(
              N + "/texts",
              MEDIATOR,
              required("outcome", OBJECT)
                  .described("A value for every issue.")
                  .schema(REF + "Outcome\"}"),
              optional("note", TEXT)),
          post(N + "/texts/{v}/release", MEDIATOR, required("to", NAMES).schema(RECIPIENTS)),
          new ApiRoute(
              "GET",
              N + "/texts/{v}/diff",
              PARTICIPANT,
              List.of(),
              List.of(
                  new ApiRoute.Param(
                      "from",
                      INTEGER,
                      "The earlier version; default the latest visible one before v.",
                      Optional.of("{\"type\":\"integer\",\"minimum\":1}")))),
          post(
              N + "/messages",
              PARTICIPANT,
              required("to", NAMES)
                  .schema(RECIPIENTS)
                  .described("Mediators only, and required of them: the addressees.")
                  .only(MEDIATOR),
              required("text", TEXT)),
          post(N + "/messages/{seq}/release", MEDIATOR, required("to", NAMES).schema(RECIPIENTS)),
          post(
              N + "/sessions",
              MEDIATOR,
              required("name", NAME),
              required("venue", NAME),
              required("date", NAME),
              required("attendance", NAMES).described("The participants expected.")),
          post(
              N + "/adjourn",
              MEDIATOR,
              required("until", NAME).described("A scheduled session's name."),
              optional("reason", TEXT)),
          post(N + "/suggestions", MEDIATOR),
          post(
              N + "/suggestions/{seq}/release",
              MEDIATOR,
              required("to", NAMES).schema(RECIPIENTS),
              required("package", NAME)
                  .schema(
                      "{\"type\":\"string\",\"enum\":"
                          + "[\"nash\",\"kalai-smorodinsky\",\"egalitarian\"]}")),
          post(
              N + "/seats",
              MEDIATOR,
              required("participant", NAME),
              required("strategy", NAME)
                  .described("A shipped strategy's name, or human to give the seat back.")),
          post(N + "/agreement", MEDIATOR, required("version", INTEGER).schema(POSITIVE)),
          get(N + "/agreement", PARTICIPANT),
          post(N + "/end", MEDIATOR, optional("reason", TEXT)),
          post(
              N + "/responses",
              PARTY,
              required("version", INTEGER)
                  .schema(POSITIVE)
                  .described("The latest version released to you."),
              required("verdict", NAME)
                  .schema("{\"type\":\"string\",\"enum\":[\"accept\",\"reject\",\"amend\"]}"),
              optional("amendments", ARRAY)
                  .schema(
                      "{\"type\":\"array\",\"maxItems\":1000,\"items\":" + REF + "Amendment\"}}")
                  .described("With verdict amend: the provisions you would change."),
              optional("reason", TEXT)),
          post(N + "/preferences", PARTY, confiding()),
          // follow-through (issue 17): ratification, improvement round, implementation
          post(
              N + "/ratification/votes",
              PARTICIPANT,
              required("ratifier", NAME)
                  .described(
                      "A ratifier of the agreement: one of your party's (a party's delegation),"
                          + " or of any party (a mediator, on its behalf)."),
              required("vote", NAME).schema(enumOf("accept", "reject")),
              optional("note", TEXT)),
          post(N + "/improvement", MEDIATOR),
          post(
              N + "/improvement/answer",
              PARTY,
              required("answer", NAME)
                  .schema(enumOf("accept", "keep"))
                  .described("accept the proposed improvement, or keep the agreement.")),
          post(N + "/implementation", MEDIATOR),
          post(
              N + "/steps/{step}/report",
              PARTICIPANT,
              optional("note", TEXT).described("The step's performer reports it done.")),
          post(
              N + "/steps/{step}/verify",
              PARTICIPANT,
              optional("note", TEXT)
                  .described("A guarantor of the step (a mediator if it has none) verifies it.")),
          post(
              N + "/steps/{step}/dispute",
              PARTICIPANT,
              required("reason", TEXT)
                  .described("A guarantor of the step (a mediator if it has none) disputes it.")),
          post(
              N + "/steps/{step}/resolve",
              MEDIATOR,
              required("resolution", NAME)
                  .schema(enumOf("verified", "redo"))
                  .described("verified: the step counts as done; redo: it is pending again."),
              optional("note", TEXT)),
          post(
              N + "/steps/{step}/breach",
              MEDIATOR,
              required("reason", TEXT).described("Why the disputed step is declared breached.")),
          // Checked as a confiding is; nothing is stored.
          post(N + "/preferences/preview", PARTY, confiding()),
          // The mediator's day (issue 16).
          post(
              N + "/session/adjourn",
              MEDIATOR,
              required("resumesAt", NAME)
                  .described("When talks resume: a local date and time, 2026-12-08T10:00."),
              required("zone", NAME).described("The time zone of resumesAt: Africa/Cairo."),
              required("venue", NAME).described("Where talks resume."),
              optional("reason", TEXT)),
          post(N + "/session/resume", MEDIATOR, optional("note", TEXT)),
          post(
              N + "/deadline",
              MEDIATOR,
              required("at", NAME).described("The deadline: a local date and time."),
              required("zone", NAME).described("The time zone of at: Africa/Cairo.")),
          post(
              N + "/notes",
              MEDIATOR,
              required("text", TEXT).described("The note, for the mediators alone.")),
          post(
              N + "/messages/{seq}/paraphrase",
              MEDIATOR,
              required("to", NAMES).schema(RECIPIENTS),
              required("text", TEXT).described("The message in the mediators' words.")),
          post(
              N + "/outside-events",
              MEDIATOR,
              required("text", TEXT).described("What happened outside the talks.")),
          post(N + "/agreement/signatures", PARTY),
          get(N + "/timeline", PARTICIPANT),
          get(N + "/answers", MEDIATOR),
          get(N + "/agreement.pdf", PARTICIPANT));

  private ApiRoutes() {}

  /** The route {@code method path}. */
  static ApiRoute find(String method, String path) {
    return ALL.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no route " + method + " " + path));
  }

  private static String enumOf(String... values) {
    return "{\"type\":\"string\",\"enum\":[\"" + String.join("\",\"", values) + "\"]}";
  }

  private static ApiRoute get(String path, ApiRoute.Caller caller) {
    return new ApiRoute("GET", path, caller, List.of());
  }

  /** The body of a confiding, and of its preview (checked alike, the preview stores nothing). */
  private static Field[] confiding() {
    return new Field[] {
      required("weights", OBJECT)
          .schema(
              "{\"type\":\"object\",\"additionalProperties\":"
                  + "{\"type\":\"number\",\"minimum\":0}}")
          .described("Issue to weight; the weights sum to 1."),
      optional("scores", OBJECT)
          .described("Issue to {value: score in [0, 1]}, or {from, to} for a range issue."),
      optional("reservation", NUMBER)
          .schema("{\"type\":\"number\",\"minimum\":0,\"maximum\":1}")
          .described("The utility of no agreement."),
      optional("redLines", ARRAY)
          .schema("{\"type\":\"array\",\"maxItems\":100,\"items\":{\"type\":\"object\"}}")
          .described("At most 100, in the scenario format; a label of at most 1,000 characters."),
      optional("shareReservation", BOOLEAN)
          .described(
              "Consent to show your reservation (only it) on the mediators' chart, under"
                  + " consent utilities; default false (true without a consent means"
                  + " utilities)."),
      optional("consent", NAME)
          .schema(
              "{\"type\":\"string\",\"enum\":[\"suggestions\",\"utilities\",\"full\"],"
                  + "\"default\":\"suggestions\"}")
          .described(
              "What the mediators may see: suggestions (the suggested packages only),"
                  + " utilities (also your utility of each outcome on their chart) or full"
                  + " (your preferences as confided).")
    };
  }

  private static ApiRoute post(String path, ApiRoute.Caller caller, Field... fields) {
    return new ApiRoute("POST", path, caller, List.of(fields));
  }

  private static ApiRoute.Param query(String name, String description) {
    return new ApiRoute.Param(
        name, INTEGER, description, Optional.of("{\"type\":\"integer\",\"minimum\":0}"));
  }

  private static ApiRoute.Param axis(String name, String description) {
    return new ApiRoute.Param(name, NAME, description, Optional.of("{\"type\":\"string\"}"));
  }

  private static Field required(String name, ApiRoute.Kind kind) {
    return new Field(name, kind, true);
  }

  private static Field optional(String name, ApiRoute.Kind kind) {
    return new Field(name, kind, false);
  }
}
