package io.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.codec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI 3.0 document served at {@code /openapi.json}, generated from the route table ({@link
 * ApiRoutes}): every path and method, every path and query parameter, and every request body's
 * fields with their types, limits, descriptions and whether they are required come from the table
 * the server registers and the bad-input tests use. The prose and the answers' shapes of each
 * operation (summary, description, responses) and the shared components are kept in the resource
 * {@code openapi-operations.json}, keyed by {@code "METHOD path"}; a key without a route, or a
 * route without a key, stops the server from starting, so neither can go stale.
 */
final class OpenApiDocument {
  /** The resource with each operation's prose and responses, and the shared components. */
  static final String OPERATIONS = "openapi-operations.json";

  /** Path parameters: name to schema and description. */
  private static final Map<String, List<String>> PATH_PARAMETERS =
      Map.of(
          "nid",
          List.of("{\"type\":\"string\",\"maxLength\":200}", "The negotiation's id."),
          "pid",
          List.of("{\"type\":\"string\",\"maxLength\":200}", "The participant's id."),
          "v",
          List.of("{\"type\":\"integer\",\"minimum\":1}", "The text version."),
          "seq",
          List.of(
              "{\"type\":\"integer\",\"minimum\":1}",
              "The sequence number of the event (the message or the suggestion)."),
          "step",
          List.of("{\"type\":\"string\",\"maxLength\":200}", "The plan step's id."));

  private static final String CLIENT_ID =
      "{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9._:-]{1,100}$\",\"description\":\"Optional;"
          + " a retry with the same clientId stores the move once and answers the stored event;"
          + " the same clientId with a different move is refused (409).\"}";

  private static final String TEXT = generate(ApiRoutes.ALL, template()).toPrettyString();

  private OpenApiDocument() {}

  /** The document, as served. */
  static String text() {
    return TEXT;
  }

  /** The operations resource. */
  static ObjectNode template() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(OPERATIONS)) {
      if (in == null) {
        throw new IllegalStateException(OPERATIONS + " is missing from the server's jar");
      }
      return (ObjectNode) Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document of {@code routes} with the prose and components of {@code template}.
   *
   * @throws IllegalStateException when the template's operations and the routes differ
   */
  static ObjectNode generate(List<ApiRoute> routes, ObjectNode template) {
    ObjectNode operations = (ObjectNode) template.get("operations");
    Set<String> described = new LinkedHashSet<>();
    operations.fieldNames().forEachRemaining(described::add);
    Set<String> registered = new LinkedHashSet<>();
    routes.forEach(route -> registered.add(key(route)));
    if (!described.equals(registered)) {
      Set<String> stale = new LinkedHashSet<>(described);
      stale.removeAll(registered);
      Set<String> missing = new LinkedHashSet<>(registered);
      missing.removeAll(described);
      throw new IllegalStateException(
          OPERATIONS
              + " and the route table differ: no route for "
              + stale
              + ", no text for "
              + missing);
    }
    ObjectNode document = Json.MAPPER.createObjectNode();
    for (String field : List.of("openapi", "info", "servers", "tags")) {
      document.set(field, template.get(field).deepCopy());
    }
    ObjectNode paths = document.putObject("paths");
    for (ApiRoute route : routes) {
      ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : null;
      if (path == null) {
        path = paths.putObject(route.path());
      }
      path.set(
          route.method().toLowerCase(java.util.Locale.ROOT),
          operation(route, (ObjectNode) operations.get(key(route))));
    }
    document.set("components", template.get("components").deepCopy());
    ObjectNode schemas = (ObjectNode) document.get("components").get("schemas");
    RecordSchema.TYPED.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(typed -> schemas.set(typed.getKey(), RecordSchema.of(typed.getValue())));
    return document;
  }

  /** A route's key in the template: {@code "METHOD path"}. */
  static String key(ApiRoute route) {
    return route.method() + " " + route.path();
  }

  private static ObjectNode operation(ApiRoute route, ObjectNode prose) {
    ObjectNode operation = Json.MAPPER.createObjectNode();
    for (String field : List.of("summary", "description", "tags")) {
      if (prose.has(field)) {
        operation.set(field, prose.get(field).deepCopy());
      }
    }
    operation.set("security", security(route));
    ArrayNode parameters = Json.MAPPER.createArrayNode();
    for (String name : route.pathParameters()) {
      List<String> known = PATH_PARAMETERS.get(name);
      if (known == null) {
        throw new IllegalStateException("no description of the path parameter " + name);
      }
      ObjectNode parameter = parameters.addObject().put("name", name).put("in", "path");
      parameter.put("required", true).set("schema", schema(known.get(0)));
      parameter.put("description", known.get(1));
    }
    for (ApiRoute.Param param : route.query()) {
      ObjectNode parameter = parameters.addObject().put("name", param.name()).put("in", "query");
      parameter.put("required", false);
      parameter.set("schema", schema(param.schema().orElse(param.kind().schema())));
      parameter.put("description", param.description());
    }
    if (prose.has("headerParameters")) {
      prose.get("headerParameters").forEach(header -> parameters.add(header.deepCopy()));
    }
    if (!parameters.isEmpty()) {
      operation.set("parameters", parameters);
    }
    if (route.method().equals("POST")) {
      operation.set("requestBody", requestBody(route, prose));
    }
    operation.set("responses", prose.get("responses").deepCopy());
    return operation;
  }

  private static ArrayNode security(ApiRoute route) {
    ArrayNode security = Json.MAPPER.createArrayNode();
    switch (route.caller()) {
      case PUBLIC -> {}
      case ORGANISER -> security.addObject().putArray("consoleKey");
      default -> {
        security.addObject().putArray("token");
        if (route.query().stream().anyMatch(p -> p.name().equals("token"))) {
          security.addObject().putArray("queryToken");
        }
      }
    }
    return security;
  }

  private static ObjectNode requestBody(ApiRoute route, ObjectNode prose) {
    ObjectNode body = Json.MAPPER.createObjectNode().put("required", true);
    ObjectNode content = body.putObject("content");
    ObjectNode json = content.putObject("application/json");
    if (route.bodyDependsOnCaller()) {
      ArrayNode oneOf = json.putObject("schema").putArray("oneOf");
      for (ApiRoute.Caller who : List.of(ApiRoute.Caller.MEDIATOR, ApiRoute.Caller.PARTY)) {
        ObjectNode variant = object(route, route.fieldsFor(who));
        variant.put("title", who == ApiRoute.Caller.MEDIATOR ? "from a mediator" : "from a party");
        oneOf.add(variant);
      }
    } else {
      json.set("schema", object(route, route.body()));
    }
    if (prose.has("bodyDescription")) {
      ((ObjectNode) json.get("schema")).put("description", prose.get("bodyDescription").asText());
    }
    if (prose.has("otherBodies")) {
      prose
          .get("otherBodies")
          .fields()
          .forEachRemaining(e -> content.set(e.getKey(), e.getValue().deepCopy()));
    }
    return body;
  }

  private static ObjectNode object(ApiRoute route, List<ApiRoute.Field> fields) {
    ObjectNode schema =
        Json.MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false);
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = Json.MAPPER.createArrayNode();
    for (ApiRoute.Field field : fields) {
      ObjectNode property = schema(field.schema().orElse(field.kind().schema()));
      if (!field.description().isEmpty()) {
        property.put("description", field.description());
      }
      properties.set(field.name(), property);
      if (field.required()) {
        required.add(field.name());
      }
    }
    if (route.acceptsClientId()) {
      properties.set("clientId", schema(CLIENT_ID));
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    return schema;
  }

  private static ObjectNode schema(String json) {
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      return (ObjectNode) node;
    } catch (IOException e) {
      throw new IllegalStateException("a route's schema is not JSON: " + json, e);
    }
  }
}
