package io.parley.server;

import java.util.Optional;

/**
 * How the server listens and how it writes links.
 *
 * @param host the address to bind ({@code 127.0.0.1} by default: only this machine)
 * @param port the port, or 0 for any free port
 * @param publicUrl the address people reach the server at, such as {@code
 *     https://talks.example.org} behind a reverse proxy; links use it instead of host and port
 * @param consoleKey the organiser's key, needed to create negotiations
 */
public record ServerOptions(String host, int port, Optional<String> publicUrl, String consoleKey) {
  public ServerOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " outside 0..65535");
    }
    if (consoleKey == null || consoleKey.length() < 16) {
      throw new IllegalArgumentException("the console key must have at least 16 characters");
    }
    publicUrl = publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }
}
