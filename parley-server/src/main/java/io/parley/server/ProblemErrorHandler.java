package io.parley.server;

import io.parley.live.codec.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to a request it refuses before the API sees it (a path with a NUL, an encoded
 * surrogate or an ambiguous segment, a malformed request line): the same problem-details body as
 * every other refusal, instead of Jetty's HTML page, which names the server's internals.
 */
final class ProblemErrorHandler extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 400;
    String detail =
        status == 400
            ? "the request's path or headers are malformed (control characters, invalid or"
                + " ambiguous encoding)"
            : Problems.title(status);
    var body =
        Json.MAPPER
            .createObjectNode()
            .put("type", Problems.type(status))
            .put("title", Problems.title(status))
            .put("status", status)
            .put("detail", detail)
            .put("where", "path")
            .put("error", detail);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(
        true, ByteBuffer.wrap(Json.write(body).getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
