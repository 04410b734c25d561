package io.parley.server;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route of the API as the server registers it: its method and path, who may call it, the fields
 * its JSON body may hold and the query parameters it reads. The table of routes ({@link ApiRoutes})
 * is what the server registers, what the bad-input tests generate requests from, and what the
 * OpenAPI document is generated from ({@link OpenApiDocument}).
 *
 * @param method {@code GET}, {@code POST} or {@code DELETE}
 * @param path Javalin's path, with {@code {nid}} and other parameters in braces
 * @param caller who may call it
 * @param body the fields of its JSON body; empty for a route without a body (or with {@code {}})
 * @param query the query parameters it reads
 */
record ApiRoute(String method, String path, Caller caller, List<Field> body, List<Param> query) {
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z]+)}");

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

  /** What a body field or parameter holds, for the limits it is checked against. */
  enum Kind {
    /** A name or identifier: at most 200 characters, no control characters. */
    NAME("{\"type\":\"string\",\"maxLength\":200}"),
    /** Free text: at most 10,000 characters; line feed and tab allowed. */
    TEXT("{\"type\":\"string\",\"maxLength\":10000}"),
    /** An integer, written without a fraction. */
    INTEGER("{\"type\":\"integer\"}"),
    /** A number. */
    NUMBER("{\"type\":\"number\"}"),
    /** true or false. */
    BOOLEAN("{\"type\":\"boolean\"}"),
    /** An array of names, at most 1,000 entries. */
    NAMES(
        "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":200},\"maxItems\":1000}"),
    /** An array of objects, at most 1,000 entries. */
    ARRAY("{\"type\":\"array\",\"items\":{\"type\":\"object\"},\"maxItems\":1000}"),
    /** A JSON object. */
    OBJECT("{\"type\":\"object\"}");

    private final String schema;

    Kind(String schema) {
      this.schema = schema;
    }

    /** The JSON Schema (OpenAPI 3.0 dialect) of a value of this kind, with its limits. */
    String schema() {
      return schema;
    }
  }

  /**
   * A body field.
   *
   * @param name its name
   * @param kind what it holds
   * @param required whether the body must hold it (for the callers it is {@code only} for)
   * @param description what it means, for the document; empty when the name says it
   * @param only the one kind of caller that may send it (the mediators' {@code to} of a message),
   *     or empty when every caller of the route may
   * @param schema JSON Schema overriding the kind's where the kind alone says too little (an enum,
   *     a shape of the document's components); empty for the kind's
   */
  record Field(
      String name,
      Kind kind,
      boolean required,
      String description,
      Optional<Caller> only,
      Optional<String> schema) {
    Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(description, "description");
    }

    /** A field every caller may send, described by its name and kind alone. */
    Field(String name, Kind kind, boolean required) {
      this(name, kind, required, "", Optional.empty(), Optional.empty());
    }

    /** This field with {@code text} as its description. */
    Field described(String text) {
      return new Field(name, kind, required, text, only, schema);
    }

    /** This field with {@code json} as its schema. */
    Field schema(String json) {
      return new Field(name, kind, required, description, only, Optional.of(json));
    }

    /** This field, sent by {@code caller} alone. */
    Field only(Caller caller) {
      return new Field(name, kind, required, description, Optional.of(caller), schema);
    }
  }

  /**
   * A query parameter.
   *
   * @param name its name
   * @param kind what it holds
   * @param description what it means
   * @param schema JSON Schema overriding the kind's; empty for the kind's
   */
  record Param(String name, Kind kind, String description, Optional<String> schema) {}

  ApiRoute {
    body = List.copyOf(body);
    query = List.copyOf(query);
  }

  /** A route without query parameters. */
  ApiRoute(String method, String path, Caller caller, List<Field> body) {
    this(method, path, caller, body, List.of());
  }

  /** Whether the path names a negotiation. */
  boolean inNegotiation() {
    return path.contains("{nid}");
  }

  /** The names of the path's parameters, in order. */
  List<String> pathParameters() {
    Matcher matcher = PATH_PARAMETER.matcher(path);
    return matcher.results().map(m -> m.group(1)).toList();
  }

  /**
   * Whether a move's body may carry a {@code clientId}: every POST within a negotiation (the domain
   * takes it off before it reads the fields).
   */
  boolean acceptsClientId() {
    return method.equals("POST") && inNegotiation();
  }

  /**
   * The fields a caller of kind {@code who} may send: those for every caller and those only for
   * {@code who}.
   */
  List<Field> fieldsFor(Caller who) {
    return body.stream().filter(f -> f.only().isEmpty() || f.only().get() == who).toList();
  }

  /** Whether some field is for one kind of caller only, so the body's shape depends on who. */
  boolean bodyDependsOnCaller() {
    return body.stream().anyMatch(f -> f.only().isPresent());
  }
}
