package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.store.StoredEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Bad input on every route, generated from the server's route table ({@link ApiRoutes}): missing
 * and extra fields, wrong types, out-of-range numbers, oversize strings, control characters, lone
 * surrogates, wrong content types, malformed JSON, huge arrays, unknown ids and bad credentials.
 * Each request must get a 4xx problem-details answer (RFC 9457) that names no library internals,
 * and leave every negotiation's log — and the list of negotiations — as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteBadInputTest {
  /** What no error body may hold: parser and framework internals, stack traces. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "com\\.fasterxml|jackson|Cannot deserialize|\\[Source|line: \\d|column: \\d|"
              + "START_OBJECT|END_OBJECT|VALUE_|FIELD_NAME|Exception|\\bat io\\.|\\bat java\\.|"
              + "org\\.eclipse|javalin|java\\.lang|java\\.util",
          Pattern.CASE_INSENSITIVE);

  private static final String TEXT =
      "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}";
  private static final String WEIGHTS =
      "{\"hostage-release\":0.2,\"ceasefire\":0.35,\"rafah-operation\":0.25,"
          + "\"leader-guarantees\":0.1,\"doha-office\":0.1}";

  private static final String SCORES =
      "{\"hostage-release\":{\"none\":1,\"humanitarian-first-phase\":0.7,"
          + "\"phased-all\":0.5,\"all-at-once\":0},\"ceasefire\":{\"none\":0,"
          + "\"temporary-pause\":0.3,\"extended-truce\":0.6,\"phased-to-permanent\":0.8,"
          + "\"permanent-end\":1},\"rafah-operation\":{\"proceed\":0,\"postpone\":0.5,"
          + "\"forgo\":1},\"leader-guarantees\":{\"none\":0,\"us-assurance\":0.5,"
          + "\"mediator-guarantee\":1},\"doha-office\":{\"remains\":1,\"relocated\":0}}";

  /** A valid value for each field name, which each case changes in one place. */
  private static final Map<String, String> VALID =
      Map.ofEntries(
          Map.entry("scenario", "\"name: x\""),
          Map.entry("example", "\"cairo-2024-phased\""),
          Map.entry("seed", "1"),
          Map.entry("participant", "\"israel\""),
          Map.entry("outcome", TEXT),
          Map.entry("note", "\"a note\""),
          Map.entry("to", "[\"hamas\"]"),
          Map.entry("text", "\"hello\""),
          Map.entry("name", "\"Cairo talks\""),
          Map.entry("venue", "\"Cairo\""),
          Map.entry("date", "\"Saturday\""),
          Map.entry("attendance", "[]"),
          Map.entry("until", "\"Cairo talks\""),
          Map.entry("reason", "\"because\""),
          Map.entry("package", "\"nash\""),
          Map.entry("strategy", "\"boulware\""),
          Map.entry("version", "1"),
          Map.entry("verdict", "\"accept\""),
          Map.entry("amendments", "[]"),
          Map.entry("weights", WEIGHTS),
          Map.entry("scores", SCORES),
          Map.entry("reservation", "0.5"),
          Map.entry("redLines", "[]"),
          Map.entry("shareReservation", "false"),
          Map.entry("consent", "\"utilities\""),
          // follow-through (issue 17)
          Map.entry("ratifier", "\"gaza-leadership\""),
          Map.entry("vote", "\"accept\""),
          Map.entry("answer", "\"accept\""),
          Map.entry("resolution", "\"verified\""),
          // The mediator's day (issue 16).
          Map.entry("resumesAt", "\"2026-12-08T10:00\""),
          Map.entry("zone", "\"Africa/Cairo\""),
          Map.entry("at", "\"2026-12-09T18:00\""));

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private TestServer t;
  private TestServer.Created open;
  private TestServer.Created other;
  private String hamas;

  /** One bad request and, for a field's case, the field its answer must name. */
  record Case(
      ApiRoute route,
      String name,
      String method,
      String path,
      Optional<String> authorization,
      String contentType,
      String body,
      Optional<String> field) {}

  @BeforeAll
  void setUp() {
    t = new TestServer();
    open = t.create(TestServer.example("cairo-2024-phased.yaml"), 1);
    hamas = t.invite(open, "hamas");
    t.invite(open, "israel");
    t.act(open, open.token(), "/texts", "{\"outcome\":" + TEXT + "}");
    t.act(open, open.token(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
    t.act(open, hamas, "/messages", "{\"text\":\"a word\"}");
    t.act(open, open.token(), "/suggestions", "{}");
    other = t.create(TestServer.example("cairo-2024-phased.yaml"), 2);
  }

  @AfterAll
  void tearDown() {
    t.close();
  }

  @Test
  void everyRoute_getsAtLeastTenBadInputCases() {
    Map<String, Long> counts =
        cases().collect(Collectors.groupingBy(c -> key(c.route()), Collectors.counting()));
    for (ApiRoute route : ApiRoutes.ALL) {
      assertThat(counts.getOrDefault(key(route), 0L)).as(key(route)).isGreaterThanOrEqualTo(10);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBadInput_getsA4xxProblem_withoutInternals_andChangesNothing() {
    return cases()
        .map(c -> DynamicTest.dynamicTest(key(c.route()) + ": " + c.name(), () -> check(c)));
  }

  private void check(Case c) throws Exception {
    List<String> negotiations = t.store.negotiations();
    List<StoredEvent> before = t.log(open);
    List<StoredEvent> otherBefore = t.log(other);

    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(t.server.baseUrl() + c.path()))
            .timeout(Duration.ofSeconds(30));
    c.authorization().ifPresent(value -> request.header("Authorization", value));
    if (c.contentType() != null) {
      request.header("Content-Type", c.contentType());
    }
    request.method(
        c.method(),
        c.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
    HttpResponse<String> reply;
    try {
      reply = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      // The server closes a connection after refusing a malformed request line; the client may
      // have picked that closed connection from its pool for this request: send it once more.
      reply = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String text = reply.body();
    assertThat(reply.statusCode()).as(text).isBetween(400, 499);
    assertThat(reply.headers().firstValue("Content-Type").orElse(""))
        .as(text)
        .startsWith("application/problem+json");
    JsonNode problem = io.parley.live.codec.Json.MAPPER.readTree(text);
    assertThat(problem.path("type").asText()).startsWith("urn:parley:problem:");
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("status").asInt()).isEqualTo(reply.statusCode());
    assertThat(problem.path("detail").asText()).isNotBlank();
    assertThat(INTERNALS.matcher(text).find()).as(text).isFalse();
    c.field()
        .ifPresent(
            field ->
                assertThat(problem.path("where").asText() + " " + problem.path("detail").asText())
                    .as(text)
                    .contains(field));

    assertThat(t.store.negotiations()).isEqualTo(negotiations);
    assertThat(t.log(open)).isEqualTo(before);
    assertThat(t.log(other)).isEqualTo(otherBefore);
  }

  private Stream<Case> cases() {
    List<Case> all = new ArrayList<>();
    for (ApiRoute route : ApiRoutes.ALL) {
      all.addAll(pathCases(route));
      if (route.caller() != ApiRoute.Caller.PUBLIC) {
        all.addAll(credentialCases(route));
      }
      if (route.method().equals("POST")) {
        all.addAll(bodyCases(route));
      }
      all.addAll(parameterCases(route));
    }
    return all.stream();
  }

  /** Wrong methods and mangled paths: unknown ids, control characters, surrogates, oversize. */
  private List<Case> pathCases(ApiRoute route) {
    List<Case> cases = new ArrayList<>();
    String path = path(route);
    for (String method : List.of("PUT", "PATCH", "POST", "DELETE")) {
      boolean exists =
          ApiRoutes.ALL.stream()
              .anyMatch(r -> r.method().equals(method) && r.path().equals(route.path()));
      if (!exists) {
        cases.add(request(route, "method " + method, method, path, valid(route)));
      }
    }
    cases.add(
        request(
            route,
            "a lone surrogate in the path",
            route.method(),
            path + "%ED%A0%80",
            valid(route)));
    cases.add(
        request(
            route,
            "a climb out of the root",
            route.method(),
            path + "/..%2F..%2Fetc%2Fpasswd",
            valid(route)));
    cases.add(request(route, "a trailing NUL", route.method(), path + "%00", valid(route)));
    cases.add(request(route, "a trailing ESC", route.method(), path + "%1B", valid(route)));
    cases.add(request(route, "an unknown sub-path", route.method(), path + "/nope", valid(route)));
    cases.add(
        request(
            route,
            "an oversize sub-path",
            route.method(),
            path + "/" + "x".repeat(10_001),
            valid(route)));
    if (route.inNegotiation()) {
      for (Map.Entry<String, String> nid :
          Map.of(
                  "an unknown negotiation", "n0000000000000000",
                  "a NUL in the negotiation id", "n%00",
                  "a lone surrogate in the negotiation id", "n%ED%A0%80",
                  "an oversize negotiation id", "n" + "x".repeat(5_000))
              .entrySet()) {
        cases.add(
            request(
                route,
                nid.getKey(),
                route.method(),
                path.replace(open.id(), nid.getValue()),
                valid(route)));
      }
    }
    return cases;
  }

  /** Missing, malformed, unknown, case-varied, other negotiation's and wrong role's credentials. */
  private List<Case> credentialCases(ApiRoute route) {
    String path = path(route);
    String token = token(route.caller());
    List<Case> cases = new ArrayList<>();
    Map<String, Optional<String>> headers = new LinkedHashMap<>();
    headers.put("no credentials", Optional.empty());
    headers.put("a Basic header", Optional.of("Basic " + token));
    headers.put("an empty bearer", Optional.of("Bearer "));
    headers.put("an unknown token", Optional.of("Bearer not-a-token"));
    headers.put("a case variant of the token", Optional.of("Bearer " + swapCase(token)));
    if (route.inNegotiation()) {
      headers.put("another negotiation's token", Optional.of("Bearer " + other.token()));
    }
    if (route.caller() == ApiRoute.Caller.MEDIATOR) {
      headers.put("a party's token", Optional.of("Bearer " + hamas));
    }
    if (route.caller() == ApiRoute.Caller.PARTY) {
      headers.put("a mediator's token", Optional.of("Bearer " + open.token()));
    }
    headers.forEach(
        (name, header) ->
            cases.add(
                new Case(
                    route,
                    name,
                    route.method(),
                    path,
                    header,
                    "application/json",
                    valid(route),
                    Optional.empty())));
    return cases;
  }

  /** Bad bodies: media type, syntax, shape, unknown fields, client ids, and each field broken. */
  private List<Case> bodyCases(ApiRoute route) {
    String path = path(route);
    List<Case> cases = new ArrayList<>();
    cases.add(body(route, "a wrong content type", "text/plain", valid(route)));
    cases.add(body(route, "no content type", null, valid(route)));
    cases.add(body(route, "malformed JSON", "application/json", "{\"x\":"));
    cases.add(body(route, "a bare word", "application/json", "nonsense"));
    cases.add(body(route, "a JSON array", "application/json", "[1,2]"));
    cases.add(body(route, "an empty body", "application/json", ""));
    cases.add(body(route, "trailing content", "application/json", valid(route) + " {}"));
    cases.add(body(route, "a NUL in a key", "application/json", "{\"a\\u0000\":1}"));
    cases.add(body(route, "a duplicate key", "application/json", "{\"k\":1,\"k\":2}"));
    cases.add(body(route, "deep nesting", "application/json", "[".repeat(5000)));
    cases.add(fieldCase(route, "an unknown field", with(route, "bogus", "1"), "bogus"));
    if (!path.equals("/api/negotiations")) {
      cases.add(fieldCase(route, "a numeric clientId", with(route, "clientId", "42"), "clientId"));
      cases.add(
          fieldCase(
              route, "a clientId with a space", with(route, "clientId", "\"a b\""), "clientId"));
      cases.add(
          fieldCase(
              route,
              "an oversize clientId",
              with(route, "clientId", "\"" + "c".repeat(101) + "\""),
              "clientId"));
    }
    for (ApiRoute.Field field : route.fieldsFor(testedAs(route))) {
      if (field.required()) {
        Map<String, String> fields = fields(route);
        fields.remove(field.name());
        cases.add(fieldCase(route, "without " + field.name(), json(fields), field.name()));
      }
      for (Map.Entry<String, String> bad : badValues(field).entrySet()) {
        cases.add(
            fieldCase(
                route,
                field.name() + " " + bad.getKey(),
                with(route, field.name(), bad.getValue()),
                field.name()));
      }
    }
    return cases;
  }

  /** Bad path and query parameters: non-numbers, zero, negatives, fractions, overflow. */
  private List<Case> parameterCases(ApiRoute route) {
    List<Case> cases = new ArrayList<>();
    String path = path(route);
    for (String parameter : List.of("{v}", "{seq}")) {
      if (route.path().contains(parameter)) {
        for (String bad : List.of("x", "0", "-1", "5.0", "99999999999999999999", "%00")) {
          String mangled = route.path().replace(parameter, bad);
          cases.add(
              request(
                  route, parameter + " = " + bad, route.method(), resolve(mangled), valid(route)));
        }
      }
    }
    if (route.path().contains("{pid}")) {
      for (String bad : List.of("nobody", "%00", "x".repeat(300), "egypt")) {
        cases.add(
            request(
                route,
                "{pid} = " + bad,
                route.method(),
                resolve(route.path().replace("{pid}", bad)),
                null));
      }
    }
    if (route.path().contains("{step}")) { // follow-through (issue 17)
      for (String bad : List.of("no-such-step", "%00", "x".repeat(300), "%1B")) {
        cases.add(
            request(
                route,
                "{step} = " + bad,
                route.method(),
                resolve(route.path().replace("{step}", bad)),
                valid(route)));
      }
    }
    if (route.path().endsWith("/events") || route.path().endsWith("/diff")) {
      String name = route.path().endsWith("/events") ? "after" : "from";
      for (String bad : List.of("x", "-1", "5.0", "1e3", "99999999999999999999999")) {
        cases.add(
            request(route, "?" + name + "=" + bad, "GET", path + "?" + name + "=" + bad, null));
      }
    }
    return cases;
  }

  private static Map<String, String> badValues(ApiRoute.Field field) {
    Map<String, String> bad = new LinkedHashMap<>();
    String surrogate = "\"a\\ud800b\"";
    switch (field.kind()) {
      case NAME -> {
        bad.put("as a number", "42");
        bad.put("as an array", "[]");
        bad.put("empty", "\"\"");
        bad.put("of 201 characters", "\"" + "n".repeat(201) + "\"");
        bad.put("with NUL", "\"a\\u0000b\"");
        bad.put("with ESC", "\"a\\u001bb\"");
        bad.put("with a line feed", "\"a\\nb\"");
        bad.put("with a lone surrogate", surrogate);
      }
      case TEXT -> {
        bad.put("as a number", "42");
        bad.put("as an object", "{}");
        bad.put("of 10,001 characters", "\"" + "t".repeat(10_001) + "\"");
        bad.put("with NUL", "\"a\\u0000b\"");
        bad.put("with ESC", "\"a\\u001bb\"");
        bad.put("with DEL", "\"a\\u007fb\"");
        bad.put("with a lone surrogate", surrogate);
        bad.put("with a lone low surrogate", "\"a\\udc00\"");
      }
      case INTEGER -> {
        bad.put("as a string", "\"1\"");
        bad.put("as 5.0", "5.0");
        bad.put("as 1e30", "1e30");
        bad.put("as true", "true");
        bad.put("as an array", "[1]");
      }
      case NUMBER -> {
        bad.put("as a string", "\"0.5\"");
        bad.put("as true", "true");
        bad.put("as an array", "[]");
        bad.put("above 1", "2");
      }
      case BOOLEAN -> {
        bad.put("as a string", "\"yes\"");
        bad.put("as a number", "1");
        bad.put("as null", "null");
      }
      case NAMES -> {
        bad.put("as a string", "\"hamas\"");
        bad.put("of numbers", "[1]");
        bad.put("with NUL", "[\"a\\u0000\"]");
        bad.put("with a lone surrogate", "[" + surrogate + "]");
        bad.put("with 201 characters", "[\"" + "n".repeat(201) + "\"]");
        bad.put(
            "of 1,001 entries",
            Stream.iterate(0, i -> i + 1)
                .limit(1001)
                .map(i -> "\"p" + i + "\"")
                .collect(Collectors.joining(",", "[", "]")));
      }
      case ARRAY -> {
        bad.put("as an object", "{}");
        bad.put("as a string", "\"x\"");
        bad.put(
            "of 5,000 entries",
            "[" + String.join(",", java.util.Collections.nCopies(5000, "{}")) + "]");
      }
      case OBJECT -> {
        bad.put("as a string", "\"x\"");
        bad.put("as an array", "[]");
        bad.put("as a number", "42");
        bad.put("with a surrogate key", "{\"\\ud800\":1}");
      }
      default -> throw new AssertionError(field.kind());
    }
    return bad;
  }

  private Case body(ApiRoute route, String name, String contentType, String body) {
    return new Case(
        route,
        name,
        route.method(),
        path(route),
        Optional.of("Bearer " + token(route.caller())),
        contentType,
        body,
        Optional.empty());
  }

  private Case fieldCase(ApiRoute route, String name, String body, String field) {
    return new Case(
        route,
        name,
        route.method(),
        path(route),
        Optional.of("Bearer " + token(route.caller())),
        "application/json",
        body,
        Optional.of(field));
  }

  private Case request(ApiRoute route, String name, String method, String path, String body) {
    String token = token(route.caller());
    return new Case(
        route,
        name,
        method,
        path,
        token == null ? Optional.empty() : Optional.of("Bearer " + token),
        body == null ? null : "application/json",
        body,
        Optional.empty());
  }

  private String token(ApiRoute.Caller caller) {
    return switch (caller) {
      case PUBLIC -> null;
      case ORGANISER -> TestServer.CONSOLE_KEY;
      case MEDIATOR -> open.token();
      case PARTY, PARTICIPANT -> hamas;
    };
  }

  private String path(ApiRoute route) {
    return resolve(
        route
            .path()
            .replace("{v}", "1")
            .replace("{seq}", "1")
            .replace("{pid}", "x")
            .replace("{step}", "x"));
  }

  private String resolve(String path) {
    return path.replace("{nid}", open.id());
  }

  /** The kind of caller whose token the cases send: a party for a route any participant calls. */
  private static ApiRoute.Caller testedAs(ApiRoute route) {
    return route.caller() == ApiRoute.Caller.PARTICIPANT ? ApiRoute.Caller.PARTY : route.caller();
  }

  private static Map<String, String> fields(ApiRoute route) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (ApiRoute.Field field : route.fieldsFor(testedAs(route))) {
      {
        fields.put(field.name(), VALID.get(field.name()));
      }
    }
    if (route.path().equals("/api/negotiations")) {
      fields.remove("scenario");
    }
    return fields;
  }

  private static String valid(ApiRoute route) {
    return route.method().equals("POST") ? json(fields(route)) : null;
  }

  private static String with(ApiRoute route, String name, String value) {
    Map<String, String> fields = fields(route);
    fields.put(name, value);
    return json(fields);
  }

  private static String json(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String key(ApiRoute route) {
    return route.method() + " " + route.path();
  }

  private static String swapCase(String token) {
    StringBuilder out = new StringBuilder();
    for (char c : token.toCharArray()) {
      out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return out.toString().equals(token) ? token.toUpperCase(Locale.ROOT) + "x" : out.toString();
  }
}
