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

/**
 * The API's routes, in one table: {@link ParleyServer} registers exactly these, and the bad-input
 * tests generate their requests from them. The fields are what {@code CommandReader} and the
 * handlers accept; a {@code clientId} (at most 100 of {@code A-Za-z0-9._:-}) is allowed on every
 * move besides.
 */
final class ApiRoutes {
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
              optional("scenario", TEXT),
              optional("example", NAME),
              optional("seed", INTEGER)),
          get("/api/examples", ORGANISER),
          get(N + "/utility-space", MEDIATOR),
          post(N + "/invitations", MEDIATOR, required("participant", NAME)),
          new ApiRoute("DELETE", N + "/invitations/{pid}", MEDIATOR, List.of()),
          get(N, PARTICIPANT),
          get(N + "/events", PARTICIPANT),
          get(N + "/stream", PARTICIPANT),
          post(N + "/texts", MEDIATOR, required("outcome", OBJECT), optional("note", TEXT)),
          post(N + "/texts/{v}/release", MEDIATOR, required("to", NAMES)),
          get(N + "/texts/{v}/diff", PARTICIPANT),
          post(N + "/messages", PARTY, required("text", TEXT)),
          post(N + "/messages/{seq}/release", MEDIATOR, required("to", NAMES)),
          post(
              N + "/sessions",
              MEDIATOR,
              required("name", NAME),
              required("venue", NAME),
              required("date", NAME),
              required("attendance", NAMES)),
          post(N + "/adjourn", MEDIATOR, required("until", NAME), optional("reason", TEXT)),
          post(N + "/suggestions", MEDIATOR),
          post(
              N + "/suggestions/{seq}/release",
              MEDIATOR,
              required("to", NAMES),
              required("package", NAME)),
          post(N + "/seats", MEDIATOR, required("participant", NAME), required("strategy", NAME)),
          post(N + "/agreement", MEDIATOR, required("version", INTEGER)),
          get(N + "/agreement", PARTICIPANT),
          post(N + "/end", MEDIATOR, optional("reason", TEXT)),
          post(
              N + "/responses",
              PARTY,
              required("version", INTEGER),
              required("verdict", NAME),
              optional("amendments", ARRAY),
              optional("reason", TEXT)),
          post(
              N + "/preferences",
              PARTY,
              required("weights", OBJECT),
              optional("scores", OBJECT),
              optional("reservation", NUMBER),
              optional("redLines", ARRAY),
              optional("shareReservation", BOOLEAN),
              optional("consent", NAME)));

  private ApiRoutes() {}

  /** The route {@code method path}. */
  static ApiRoute find(String method, String path) {
    return ALL.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no route " + method + " " + path));
  }

  private static ApiRoute get(String path, ApiRoute.Caller caller) {
    return new ApiRoute("GET", path, caller, List.of());
  }

  private static ApiRoute post(String path, ApiRoute.Caller caller, Field... fields) {
    return new ApiRoute("POST", path, caller, List.of(fields));
  }

  private static Field required(String name, ApiRoute.Kind kind) {
    return new Field(name, kind, true);
  }

  private static Field optional(String name, ApiRoute.Kind kind) {
    return new Field(name, kind, false);
  }
}
