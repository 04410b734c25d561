package io.parley.server;

/**
 * A request refused by the HTTP layer itself, before the domain sees it: a body too large (413) or
 * of the wrong media type (415), an unknown route (404).
 */
final class HttpFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  HttpFailure(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
