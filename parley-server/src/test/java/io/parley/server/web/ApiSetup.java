package io.parley.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sets a negotiation up over the HTTP API directly, for browser tests that start from an existing
 * negotiation rather than from the landing page.
 */
final class ApiSetup {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final LiveServer server;

  ApiSetup(LiveServer server) {
    this.server = server;
  }

  /** A created negotiation: its id and the mediator's token and link. */
  record Created(String id, String mediatorToken, String mediatorLink) {}

  Created create(String scenarioText) {
    JsonNode body =
        post(
            "/api/negotiations",
            server.consoleKey(),
            JSON.createObjectNode().put("scenario", scenarioText));
    JsonNode mediator = body.get("mediator");
    return new Created(
        body.get("id").asText(), mediator.get("token").asText(), mediator.get("link").asText());
  }

  /** Invites a participant and returns its link. */
  String invite(Created negotiation, String participant) {
    JsonNode body =
        post(
            "/api/negotiations/" + negotiation.id() + "/invitations",
            negotiation.mediatorToken(),
            JSON.createObjectNode().put("participant", participant));
    return body.get("link").asText();
  }

  /** POSTs a move with a token and returns the stored event (the answer must be 201). */
  JsonNode move(Created negotiation, String token, String path, String json) {
    try {
      return post("/api/negotiations/" + negotiation.id() + path, token, JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the body " + json, e);
    }
  }

  /** The token a participant's link carries in its fragment ({@code #n=…&t=TOKEN}). */
  static String token(String link) {
    return link.substring(link.indexOf("t=") + 2);
  }

  /** POSTs a move to the negotiation's {@code path} as the holder of {@code token}. */
  JsonNode act(Created negotiation, String token, String path, String json) {
    try {
      return post(
          "/api/negotiations/" + negotiation.id() + path,
          token,
          JSON.readTree(json),
          path.endsWith("/preview") ? 200 : 201);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  /** An answer whatever its status: the status and the body as text. */
  record Reply(int status, String contentType, byte[] body) {
    String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Sends {@code method path} with a token and an optional JSON body, whatever the answer. */
  Reply attempt(String method, String path, String token, String json) {
    HttpRequest.Builder request = authorized(path, token);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method + " " + path, e);
    }
  }

  /** GETs a path with a token and returns the JSON answer (which must be 200). */
  JsonNode get(String path, String token) {
    return send(authorized(path, token).GET().build(), 200);
  }

  private JsonNode post(String path, String token, JsonNode body) {
    return post(path, token, body, 201);
  }

  private JsonNode post(String path, String token, JsonNode body, int expectedStatus) {
    try {
      return send(
          authorized(path, token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
              .build(),
          expectedStatus);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the body of POST " + path, e);
    }
  }

  private HttpRequest.Builder authorized(String path, String token) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Authorization", "Bearer " + token);
  }

  /** Sends the request and returns its JSON answer, which must have the expected status. */
  private JsonNode send(HttpRequest request, int expectedStatus) {
    String what = request.method() + " " + request.uri().getPath();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expectedStatus) {
        throw new IllegalStateException(
            what + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(what + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + what, e);
    }
  }
}
