package io.parley.server;

/**
 * The links the server hands out. Secrets travel in the fragment ({@code #...}), which browsers
 * never send to the server, so they stay out of access logs and proxies.
 */
record Links(String base) {
  /** The organiser's console: {@code BASE/#console=KEY}. */
  String console(String key) {
    return base + "/#console=" + key;
  }

  /** The mediator's page for negotiation {@code id}. */
  String mediator(String id, String token) {
    return base + "/mediator.html#n=" + id + "&t=" + token;
  }

  /** A party's (or any other participant's) room. */
  String room(String id, String token) {
    return base + "/room.html#n=" + id + "&t=" + token;
  }
}
