package io.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.live.codec.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the API tests: real requests to a server on a random port. */
final class Http {
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  Http(String base) {
    this.base = base;
  }

  /** A response: status, body text, and the body as JSON when it is JSON. */
  record Reply(int status, String text, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(text);
      } catch (IOException e) {
        throw new AssertionError("not JSON (status " + status + "): " + text, e);
      }
    }

    String error() {
      return json().path("error").asText();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply get(String path, String token) {
    return send(builder(path, token).GET());
  }

  Reply post(String path, String token, String json) {
    return send(
        builder(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  Reply post(String path, String token, String contentType, byte[] body) {
    HttpRequest.Builder b = builder(path, token);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Reply delete(String path, String token) {
    return send(builder(path, token).DELETE());
  }

  HttpRequest.Builder builder(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  HttpClient client() {
    return client;
  }

  String base() {
    return base;
  }
}
