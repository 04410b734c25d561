package io.parley.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.parley.live.LiveException;
import io.parley.live.codec.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where refusals become HTTP statuses: bad input 400, unauthorized 401, forbidden
 * 403, not found 404, conflict (out of turn, after the end) 409, too large 413, wrong media type
 * 415, quarantined negotiation (its log failed verification) 423; anything unexpected 500 without
 * details. Every error body is a problem-details document (RFC 9457, {@code
 * application/problem+json}) that also carries {@code error} (the message) for earlier clients.
 */
final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  /** The status of a quarantined negotiation's routes: 423 Locked. */
  static final int QUARANTINED = 423;

  /** The problem type of a quarantined negotiation (RFC 9457). */
  static final String QUARANTINED_TYPE = "urn:parley:problem:negotiation-quarantined";

  private Failures() {}

  static void handle(Exception exception, Context ctx) {
    if (exception instanceof LiveException live && live.kind() == LiveException.Kind.QUARANTINED) {
      quarantined(ctx, live.getMessage());
    } else if (exception instanceof LiveException live && live.state().isPresent()) {
      ended(ctx, live.getMessage(), live.state().get());
    } else if (exception instanceof LiveException live) {
      write(ctx, status(live.kind()), live.getMessage());
    } else if (exception instanceof HttpFailure failure) {
      write(ctx, failure.status(), failure.getMessage());
    } else if (exception instanceof HttpResponseException response) {
      write(ctx, response.getStatus(), Problems.title(response.getStatus()));
    } else {
      LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), exception);
      write(ctx, 500, "internal error; the server's log has the details");
    }
  }

  static int status(LiveException.Kind kind) {
    switch (kind) {
      case BAD_INPUT:
        return 400;
      case UNAUTHORIZED:
        return 401;
      case FORBIDDEN:
        return 403;
      case NOT_FOUND:
        return 404;
      case CONFLICT:
        return 409;
      case QUARANTINED:
        return QUARANTINED;
      default:
        throw new AssertionError(kind);
    }
  }

  /** The problem type of a move refused because the negotiation has ended. */
  static final String ENDED_TYPE = "urn:parley:problem:negotiation-ended";

  /**
   * A move refused because the negotiation has ended: 409 problem details whose {@code state} names
   * the negotiation's state ({@code agreed} or {@code ended}).
   */
  static void ended(Context ctx, String message, String state) {
    var body =
        Json.MAPPER
            .createObjectNode()
            .put("type", ENDED_TYPE)
            .put("title", "Conflict: the negotiation has ended (" + state + ")")
            .put("status", 409)
            .put("detail", message)
            .put("state", state);
    body.put("error", message);
    ctx.status(409);
    ctx.contentType("application/problem+json");
    ctx.header("Cache-Control", "no-store");
    ctx.result(Json.write(body));
  }

  /** A quarantined negotiation's refusal, as problem details naming it and saying why. */
  static void quarantined(Context ctx, String message) {
    var body =
        Json.MAPPER
            .createObjectNode()
            .put("type", QUARANTINED_TYPE)
            .put("title", "Quarantined: the event log failed verification")
            .put("status", QUARANTINED)
            .put("detail", message);
    String negotiation = ctx.pathParamMap().get("nid");
    if (negotiation != null) {
      body.put("negotiation", negotiation);
    }
    body.put("error", message);
    ctx.status(QUARANTINED);
    ctx.contentType("application/problem+json");
    ctx.header("Cache-Control", "no-store");
    ctx.result(Json.write(body));
  }

  /**
   * Writes a refusal as problem details (RFC 9457, {@code application/problem+json}): {@code type}
   * (a URN per status), {@code title}, {@code status}, {@code detail} (the message), {@code where}
   * (the field path or parameter the message names, when it names one), and {@code error} (the
   * message again, for clients of the first API).
   */
  static void write(Context ctx, int status, String message) {
    var body =
        Json.MAPPER
            .createObjectNode()
            .put("type", Problems.type(status))
            .put("title", Problems.title(status))
            .put("status", status)
            .put("detail", message);
    Problems.where(message).ifPresent(where -> body.put("where", where));
    body.put("error", message);
    ctx.status(status);
    ctx.contentType("application/problem+json");
    ctx.header("Cache-Control", "no-store");
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    ctx.result(Json.write(body));
  }
}
