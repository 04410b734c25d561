package io.parley.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.parley.live.LiveNegotiations;
import io.parley.live.rules.Move;
import io.parley.store.EventStore;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The live mediation server: Javalin serving the HTTP API (see {@code /openapi.json}), server-sent
 * events, and the web UI from the classpath folder {@code web/}. A thin adapter: every decision is
 * {@link LiveNegotiations}'s, every refusal is mapped to a status by {@link Failures}.
 *
 * <p>Every response carries {@code X-Content-Type-Options: nosniff}, a strict {@code
 * Content-Security-Policy} ({@code default-src 'self'}) and {@code Referrer-Policy: no-referrer};
 * API responses also {@code Cache-Control: no-store}.
 */
public final class ParleyServer implements AutoCloseable {
  /** The Content-Security-Policy of every response. */
  static final String CSP =
      "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self';"
          + " object-src 'none'";

  private static final Map<String, String> HEADERS =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "Content-Security-Policy", CSP,
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY");

  private final LiveNegotiations live;
  private final EventStreams streams;
  private final Javalin app;
  private final ServerOptions options;
  private final ApiHandlers api;
  private volatile Links links;

  private ParleyServer(EventStore store, ServerOptions options, RandomGenerator secure) {
    this.options = options;
    this.live = new LiveNegotiations(store, options.consoleKey(), secure);
    this.streams = new EventStreams(live);
    this.api = new ApiHandlers(live, () -> links);
    this.app = Javalin.create(this::configure);
  }

  /**
   * Starts a server over {@code store}, listening as {@code options} say; the caller keeps
   * ownership of the store.
   */
  public static ParleyServer start(EventStore store, ServerOptions options) {
    return start(store, options, new SecureRandom());
  }

  /**
   * As {@link #start(EventStore, ServerOptions)}, with ids and tokens drawn from {@code secure}: a
   * seeded generator makes two servers hand out the same ids and tokens (the consent tests compare
   * two servers' answers byte for byte). Never for a real server.
   */
  static ParleyServer start(EventStore store, ServerOptions options, RandomGenerator secure) {
    ParleyServer server = new ParleyServer(store, options, secure);
    server.app.start(options.host(), options.port());
    server.links =
        new Links(
            options
                .publicUrl()
                .orElse("http://" + linkHost(options.host()) + ":" + server.app.port()));
    return server;
  }

  private static String linkHost(String host) {
    return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The organiser's console link, which carries the console key. */
  public String consoleLink() {
    return links.console(options.consoleKey());
  }

  /** The base of every link: the public URL, or http://HOST:PORT. */
  public String baseUrl() {
    return links.base();
  }

  /** The domain behind the API (for demonstrations and tests). */
  public LiveNegotiations negotiations() {
    return live;
  }

  /** The mediator link of negotiation {@code id} for {@code token}. */
  public String mediatorLink(String id, String token) {
    return links.mediator(id, token);
  }

  @Override
  public void close() {
    streams.close();
    app.stop();
    live.close();
  }

  private void configure(JavalinConfig config) {
    config.http.maxRequestSize = RequestBody.LIMIT;
    config.jetty.multipartConfig.maxTotalRequestSize(1, SizeUnit.MB);
    config.jetty.multipartConfig.maxFileSize(1, SizeUnit.MB);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    config.startup.showJavalinBanner = false;
    Timeouts.apply(config);
    // Jetty reuses a header field seen earlier on the same connection when a later one matches it
    // ignoring case, so "Authorization: Bearer aBc" after "Bearer ABc" reached the handlers as the
    // earlier value: a case variant of a token was accepted. Matched case-sensitively, every
    // request's credentials arrive byte for byte as sent (RevocationTest).
    config.jetty.modifyHttpConfiguration(
        http -> {
          http.setHeaderCacheCaseSensitive(true);
          Timeouts.http(http);
        });
    if (ParleyServer.class.getResource("/web") != null) {
      config.staticFiles.add(
          files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.headers = HEADERS;
          });
    }
    var routes = config.routes;
    routes.before(ParleyServer::headers);
    routes.exception(Exception.class, Failures::handle);
    routes.error(404, ParleyServer::notFound);
    OpenApiDocument.text(); // generated now: a route without its description stops the start
    Map<String, Handler> handlers = handlers();
    for (ApiRoute route : ApiRoutes.ALL) {
      String key = route.method() + " " + route.path();
      if (key.equals("GET " + ApiRoutes.N + "/stream")) {
        routes.before(route.path(), streams::authenticate);
        routes.sse(route.path(), streams::open);
        continue;
      }
      Handler handler = handlers.remove(key);
      if (handler == null) {
        throw new IllegalStateException("no handler for the route " + key);
      }
      switch (route.method()) {
        case "GET" -> routes.get(route.path(), handler);
        case "POST" -> routes.post(route.path(), handler);
        case "DELETE" -> routes.delete(route.path(), handler);
        default -> throw new IllegalStateException("unexpected method in " + key);
      }
    }
    if (!handlers.isEmpty()) {
      throw new IllegalStateException("handlers without a route: " + handlers.keySet());
    }
    routes.get(
        "/robots.txt", ctx -> ctx.contentType("text/plain").result("User-agent: *\nDisallow: /\n"));
    if (ParleyServer.class.getResource("/web/index.html") == null) {
      routes.get("/", ParleyServer::noUi);
    }
  }

  /** The handler of every route of {@link ApiRoutes}, by {@code "METHOD path"}. */
  private Map<String, Handler> handlers() {
    String n = ApiRoutes.N;
    Map<String, Handler> h = new LinkedHashMap<>();
    h.put("GET /api/health", api::health);
    h.put("GET /api/quarantine", api::quarantine);
    h.put("GET /openapi.json", ParleyServer::openApi);
    h.put("POST /api/negotiations", api::create);
    h.put("GET /api/examples", api::examples);
    h.put("GET " + n + "/utility-space", api::utilitySpace);
    h.put("POST " + n + "/invitations", api::invite);
    h.put("DELETE " + n + "/invitations/{pid}", api::revoke);
    h.put("GET " + n, api::view);
    h.put("GET " + n + "/events", api::events);
    h.put("POST " + n + "/texts", api.move(Move.DRAFT_TEXT));
    h.put("POST " + n + "/texts/{v}/release", api.move(Move.RELEASE_TEXT, "v"));
    h.put("GET " + n + "/texts/{v}/diff", api::diff);
    h.put("POST " + n + "/messages", api.move(Move.SEND_MESSAGE));
    h.put("POST " + n + "/messages/{seq}/release", api.move(Move.RELEASE_MESSAGE, "seq"));
    h.put("POST " + n + "/sessions", api.move(Move.SCHEDULE_SESSION));
    h.put("POST " + n + "/adjourn", api.move(Move.ADJOURN));
    h.put("POST " + n + "/suggestions", api.move(Move.SUGGEST));
    h.put("POST " + n + "/suggestions/{seq}/release", api.move(Move.RELEASE_SUGGESTION, "seq"));
    h.put("POST " + n + "/seats", api.move(Move.ASSIGN_SEAT));
    h.put("POST " + n + "/agreement", api.move(Move.RECORD_AGREEMENT));
    h.put("GET " + n + "/agreement", api::agreement);
    h.put("POST " + n + "/end", api.move(Move.END));
    h.put("POST " + n + "/responses", api.move(Move.RESPOND));
    h.put("POST " + n + "/preferences", api.move(Move.CONFIDE));
    // follow-through (issue 17)
    h.put("POST " + n + "/ratification/votes", api.move(Move.RECORD_VOTE));
    h.put("POST " + n + "/improvement", api.move(Move.PROPOSE_IMPROVEMENT));
    h.put("POST " + n + "/improvement/answer", api.move(Move.ANSWER_IMPROVEMENT));
    h.put("POST " + n + "/implementation", api.move(Move.BEGIN_IMPLEMENTATION));
    h.put("POST " + n + "/steps/{step}/report", api.move(Move.REPORT_STEP, "step"));
    h.put("POST " + n + "/steps/{step}/verify", api.move(Move.VERIFY_STEP, "step"));
    h.put("POST " + n + "/steps/{step}/dispute", api.move(Move.DISPUTE_STEP, "step"));
    h.put("POST " + n + "/steps/{step}/resolve", api.move(Move.RESOLVE_DISPUTE, "step"));
    h.put("POST " + n + "/steps/{step}/breach", api.move(Move.DECLARE_BREACH, "step"));
    h.put("POST " + n + "/preferences/preview", api::previewPreferences);
    // The mediator's day (issue 16).
    h.put("POST " + n + "/session/adjourn", api.move(Move.ADJOURN_SESSION));
    h.put("POST " + n + "/session/resume", api.move(Move.RESUME_SESSION));
    h.put("POST " + n + "/deadline", api.move(Move.SET_DEADLINE));
    h.put("POST " + n + "/notes", api.move(Move.WRITE_NOTE));
    h.put("POST " + n + "/messages/{seq}/paraphrase", api.move(Move.PARAPHRASE_MESSAGE, "seq"));
    h.put("POST " + n + "/outside-events", api.move(Move.RECORD_OUTSIDE_EVENT));
    h.put("POST " + n + "/agreement/signatures", api.move(Move.SIGN_AGREEMENT));
    h.put("GET " + n + "/timeline", api::timeline);
    h.put("GET " + n + "/answers", api::answers);
    h.put("GET " + n + "/agreement.pdf", api::agreementPdf);
    return h;
  }

  private static void headers(Context ctx) {
    HEADERS.forEach(ctx::header);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private static void notFound(Context ctx) {
    String type = ctx.res().getContentType();
    if (type == null
        || !type.startsWith("application/json") && !type.startsWith("application/problem+json")) {
      Failures.write(ctx, 404, "no such page or endpoint: " + ctx.method() + " " + ctx.path());
    }
  }

  private static void openApi(Context ctx) {
    ctx.contentType("application/json");
    ctx.result(OpenApiDocument.text());
  }

  private static void noUi(Context ctx) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(
        "<!doctype html><meta charset=utf-8><title>Parley</title>"
            + "<p>Parley server. The web UI is not bundled in this build; the API is described at"
            + " <a href=\"/openapi.json\">/openapi.json</a>.");
  }
}
