package io.parley.server;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.parley.live.LiveNegotiations;
import io.parley.live.codec.Json;
import io.parley.live.codec.SeenEventJson;
import io.parley.live.rooms.Subscription;
import io.parley.live.rooms.Viewer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events: {@code GET /api/negotiations/{nid}/stream} pushes each event the caller may
 * see as {@code id: SEQ / event: TYPE / data: EVENT}, starting after {@code Last-Event-ID} (or
 * {@code ?after=}), and a comment every {@value #PING_SECONDS} seconds so proxies keep the
 * connection open. The caller is authenticated before the stream opens (a bearer header, or {@code
 * ?token=} since browsers' EventSource cannot set headers), so a bad token gets a plain 401.
 * Revoking the token (or inviting its participant again) ends the stream at once, before any later
 * event, and so does quarantining the negotiation.
 */
final class EventStreams implements AutoCloseable {
  static final int PING_SECONDS = 20;
  private static final String VIEWER = "parley.viewer";
  private static final String TOKEN = "parley.token";

  private final LiveNegotiations live;
  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService pinger =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "parley-stream-ping");
            thread.setDaemon(true);
            return thread;
          });

  EventStreams(LiveNegotiations live) {
    this.live = live;
    pinger.scheduleAtFixedRate(this::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
  }

  /** Runs before the stream opens: authenticates, or refuses with 401/403. */
  void authenticate(Context ctx) {
    String token = ApiHandlers.bearer(ctx);
    if (token == null) {
      token = ctx.queryParam("token");
    }
    ctx.attribute(VIEWER, live.authenticate(ctx.pathParam("nid"), token));
    ctx.attribute(TOKEN, token);
    ApiHandlers.after(ctx.queryParam("after"));
    ApiHandlers.after(ctx.header("Last-Event-ID"));
  }

  /** Opens the stream for the authenticated caller. */
  void open(SseClient client) {
    Context ctx = client.ctx();
    Viewer viewer = ctx.attribute(VIEWER);
    String token = ctx.attribute(TOKEN);
    long after =
        Math.max(
            ApiHandlers.after(ctx.queryParam("after")),
            ApiHandlers.after(ctx.header("Last-Event-ID")));
    client.keepAlive();
    clients.add(client);
    Subscription subscription =
        live.subscribe(
            viewer,
            token,
            after,
            event -> {
              synchronized (client) {
                if (client.terminated()) {
                  throw new IllegalStateException("the stream is closed");
                }
                client.sendEvent(
                    event.type(), Json.write(SeenEventJson.of(event)), Long.toString(event.seq()));
              }
            });
    client.onClose(
        () -> {
          clients.remove(client);
          subscription.close();
        });
    // A revoked token, or a quarantined negotiation, ends the stream at once.
    subscription.whenClosed(
        () -> {
          synchronized (client) {
            if (!client.terminated()) {
              client.close();
            }
          }
        });
  }

  private void ping() {
    for (SseClient client : clients) {
      synchronized (client) {
        if (client.terminated()) {
          clients.remove(client);
        } else {
          client.sendComment("ping");
        }
      }
    }
  }

  @Override
  public void close() {
    pinger.shutdownNow();
    for (SseClient client : clients) {
      client.close();
    }
  }
}
