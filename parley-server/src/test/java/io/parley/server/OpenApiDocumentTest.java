package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The OpenAPI document against the server itself: every route the server registers is documented
 * and nothing else is; every path and query parameter the handlers read is documented, and only
 * those; and every request body documents exactly the fields the server accepts — asked of the
 * running server, which names the fields it allows when it refuses an unknown one, for each kind of
 * caller. So a field added to the code but not to the route table, or left in the table after the
 * code dropped it, fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {
  private static final String PROBE = "zzz-probe";
  private static final Pattern ALLOWED =
      Pattern.compile(
          "unknown field '" + PROBE + "'; (?:allowed fields are (.*)|no fields are allowed here)");

  private TestServer t;
  private TestServer.Created open;
  private String hamas;
  private JsonNode document;

  @BeforeAll
  void setUp() {
    t = new TestServer();
    open = t.create(TestServer.example("cairo-2024-phased.yaml"), 1);
    hamas = t.invite(open, "hamas");
    t.invite(open, "israel");
    Http.Reply served = t.http.get("/openapi.json", null);
    assertThat(served.status()).isEqualTo(200);
    document = served.json();
  }

  @AfterAll
  void tearDown() {
    t.close();
  }

  @Test
  void theServedDocument_isTheOneGeneratedFromTheRouteTable() {
    assertThat(t.http.get("/openapi.json", null).text()).isEqualTo(OpenApiDocument.text());
    assertThat(document.get("openapi").asText()).isEqualTo("3.0.3");
  }

  @Test
  void everyRegisteredRoute_isDocumented_andNothingElse() {
    Set<String> documented = new LinkedHashSet<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> documented.add(method.toUpperCase() + " " + path.getKey())));
    Set<String> registered = new LinkedHashSet<>();
    ApiRoutes.ALL.forEach(route -> registered.add(OpenApiDocument.key(route)));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
  }

  @Test
  void aRouteWithoutItsProse_orProseWithoutItsRoute_stopsTheGeneration() {
    List<ApiRoute> fewer = new ArrayList<>(ApiRoutes.ALL);
    ApiRoute dropped = fewer.remove(fewer.size() - 1);
    assertThatThrownBy(() -> OpenApiDocument.generate(fewer, OpenApiDocument.template()))
        .hasMessageContaining("no route for [" + OpenApiDocument.key(dropped) + "]");
    List<ApiRoute> more = new ArrayList<>(ApiRoutes.ALL);
    more.add(new ApiRoute("GET", "/api/new", ApiRoute.Caller.PUBLIC, List.of()));
    assertThatThrownBy(() -> OpenApiDocument.generate(more, OpenApiDocument.template()))
        .hasMessageContaining("no text for [GET /api/new]");
  }

  @Test
  void pathParameters_areTheBracedOnes() {
    for (ApiRoute route : ApiRoutes.ALL) {
      List<String> documented = new ArrayList<>();
      for (JsonNode parameter : operation(route).path("parameters")) {
        if (parameter.get("in").asText().equals("path")) {
          documented.add(parameter.get("name").asText());
          assertThat(parameter.get("required").asBoolean()).isTrue();
        }
      }
      assertThat(documented).as(route.path()).isEqualTo(route.pathParameters());
    }
  }

  /**
   * The query parameters documented are the ones the handlers read, found in the server's sources
   * ({@code ctx.queryParam("...")}); and each documented one is read by its route: a malformed
   * value is refused naming it.
   */
  @Test
  void queryParameters_areTheOnesTheHandlersRead() throws IOException {
    Set<String> read = new TreeSet<>();
    Pattern call = Pattern.compile("queryParam\\(\"([A-Za-z]+)\"\\)");
    try (Stream<Path> files = Files.list(sources())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = call.matcher(Files.readString(file));
        while (matcher.find()) {
          read.add(matcher.group(1));
        }
      }
    }
    Set<String> documented = new TreeSet<>();
    for (ApiRoute route : ApiRoutes.ALL) {
      for (JsonNode parameter : operation(route).path("parameters")) {
        if (parameter.get("in").asText().equals("query")) {
          documented.add(parameter.get("name").asText());
        }
      }
    }
    assertThat(read).as("read in " + sources()).isNotEmpty();
    assertThat(documented).isEqualTo(read);
    t.act(
        open,
        open.token(),
        "/texts",
        "{\"outcome\":{\"hostage-release\":\"none\",\"ceasefire\":\"none\","
            + "\"rafah-operation\":\"proceed\",\"leader-guarantees\":\"none\","
            + "\"doha-office\":\"remains\"}}");
    for (ApiRoute route : ApiRoutes.ALL) {
      for (ApiRoute.Param param : route.query()) {
        if (param.kind() != ApiRoute.Kind.INTEGER || route.path().endsWith("/stream")) {
          continue;
        }
        Http.Reply reply = t.http.get(path(route) + "?" + param.name() + "=five", open.token());
        assertThat(reply.status()).as(route.path() + " " + param.name()).isEqualTo(400);
        assertThat(reply.json().path("where").asText() + reply.json().path("detail").asText())
            .as(route.path())
            .contains(param.name());
      }
    }
  }

  /**
   * Each POST's documented body fields are exactly what the server allows, for each kind of caller:
   * a body with one unknown field is refused with the list of allowed fields, which must equal the
   * documented properties; and {@code clientId} is documented exactly where the server takes it.
   */
  @Test
  void bodyFields_areExactlyTheOnesTheServerAccepts() {
    for (ApiRoute route : ApiRoutes.ALL) {
      if (!route.method().equals("POST")) {
        continue;
      }
      JsonNode schema =
          operation(route).get("requestBody").get("content").get("application/json").get("schema");
      for (ApiRoute.Caller who : callers(route)) {
        JsonNode variant = schema;
        if (schema.has("oneOf")) {
          variant = schema.get("oneOf").get(who == ApiRoute.Caller.MEDIATOR ? 0 : 1);
        }
        Set<String> documented = new TreeSet<>();
        variant.get("properties").fieldNames().forEachRemaining(documented::add);
        boolean clientId = documented.remove("clientId");
        String what = OpenApiDocument.key(route) + " as " + who;

        Http.Reply reply = t.http.post(path(route), token(who), "{\"" + PROBE + "\":1}");
        assertThat(reply.status()).as(what + ": " + reply.text()).isEqualTo(400);
        Matcher allowed = ALLOWED.matcher(reply.json().path("detail").asText());
        assertThat(allowed.find()).as(what + ": " + reply.text()).isTrue();
        Set<String> accepted =
            allowed.group(1) == null
                ? Set.of()
                : new TreeSet<>(Arrays.asList(allowed.group(1).split(", ")));
        assertThat(documented).as(what).isEqualTo(accepted);

        Http.Reply withId =
            t.http.post(path(route), token(who), "{\"clientId\":\"probe-1\",\"" + PROBE + "\":1}");
        assertThat(withId.json().path("detail").asText().contains("'" + PROBE + "'"))
            .as(what + ": clientId documented exactly where accepted: " + withId.text())
            .isEqualTo(clientId);
      }
    }
  }

  @Test
  void everyReference_resolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(document, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      JsonNode target = document.at(ref.substring(1));
      assertThat(target.isMissingNode()).as(ref).isFalse();
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (e.getKey().equals("$ref")) {
                  refs.add(e.getValue().asText());
                } else {
                  collectRefs(e.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }

  private JsonNode operation(ApiRoute route) {
    return document.get("paths").get(route.path()).get(route.method().toLowerCase());
  }

  private static List<ApiRoute.Caller> callers(ApiRoute route) {
    return route.caller() == ApiRoute.Caller.PARTICIPANT
        ? List.of(ApiRoute.Caller.MEDIATOR, ApiRoute.Caller.PARTY)
        : List.of(route.caller());
  }

  private String token(ApiRoute.Caller who) {
    return switch (who) {
      case ORGANISER -> TestServer.CONSOLE_KEY;
      case PARTY -> hamas;
      default -> open.token();
    };
  }

  private String path(ApiRoute route) {
    return route
        .path()
        .replace("{nid}", open.id())
        .replace("{pid}", "hamas")
        .replace("{v}", "1")
        .replace("{seq}", "1")
        .replace("{step}", "x");
  }

  private static Path sources() {
    Path dir = Path.of("").toAbsolutePath();
    Path relative = Path.of("src/main/java/io/parley/server");
    while (dir != null && !Files.isDirectory(dir.resolve(relative))) {
      Path module = dir.resolve("parley-server").resolve(relative);
      if (Files.isDirectory(module)) {
        return module;
      }
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no server sources above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve(relative);
  }
}
