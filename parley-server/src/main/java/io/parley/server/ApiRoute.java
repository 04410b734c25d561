package io.parley.server;

import java.util.List;

/**
 * One route of the API as the server registers it: its method and path, who may call it, and the
 * fields its JSON body may hold. The table of routes ({@link ApiRoutes}) is what the server
 * registers and what the bad-input tests generate requests from.
 *
 * @param method {@code GET}, {@code POST} or {@code DELETE}
 * @param path Javalin's path, with {@code {nid}} and other parameters in braces
 * @param caller who may call it
 * @param body the fields of its JSON body; empty for a route without a body (or with {@code {}})
 */
record ApiRoute(String method, String path, Caller caller, List<Field> body) {
  /** Who may call a route. */
  enum Caller {
    /** Nobody needs credentials (health, the API description). */
    PUBLIC,
    /** The organiser, with the console key. */
    ORGANISER,
    /** A mediator of the negotiation. */
    MEDIATOR,
    /** A party of the negotiation. */
    PARTY,
    /** Any participant of the negotiation. */
    PARTICIPANT
  }

  /** What a body field holds, for the limits it is checked against. */
  enum Kind {
    /** A name or identifier: at most 200 characters, no control characters. */
    NAME,
    /** Free text: at most 10,000 characters; line feed and tab allowed. */
    TEXT,
    /** An integer, written without a fraction. */
    INTEGER,
    /** A number. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** An array of names, at most 1,000 entries. */
    NAMES,
    /** An array of objects. */
    ARRAY,
    /** A JSON object. */
    OBJECT
  }

  /** A body field: its name, its kind and whether the body must hold it. */
  record Field(String name, Kind kind, boolean required) {}

  ApiRoute {
    body = List.copyOf(body);
  }

  /** Whether the path names a negotiation. */
  boolean inNegotiation() {
    return path.contains("{nid}");
  }
}
