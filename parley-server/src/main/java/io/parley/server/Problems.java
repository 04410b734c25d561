package io.parley.server;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of the server's problem-details answers (RFC 9457): a type URN and a title per
 * status, and where in the request the problem is, read from the refusal's message, whose
 * convention is to quote the field path ({@code field 'amendments[1].value'}), the query or path
 * parameter it names.
 */
final class Problems {
  private static final Pattern FIELD =
      Pattern.compile("(?:field|key|fields?) '([^']{1,300})'|^'([^']{1,300})' ");
  private static final Pattern PARAMETER = Pattern.compile("query parameter '([^']{1,100})'");

  private Problems() {}

  /** The problem type of {@code status}: {@code urn:parley:problem:<slug>}. */
  static String type(int status) {
    return "urn:parley:problem:" + slug(status);
  }

  /** A short, fixed summary of {@code status}. */
  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request: the input is invalid";
      case 401 -> "Unauthorized: unknown, revoked or missing credentials";
      case 403 -> "Forbidden: your role does not allow this";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 408 -> "Request timeout: the body arrived too slowly";
      case 409 -> "Conflict: the negotiation's state does not allow this now";
      case 413 -> "Payload too large";
      case 415 -> "Unsupported media type";
      case 423 -> "Locked";
      case 429 -> "Too many requests";
      default -> status >= 500 ? "Internal error" : "Request refused";
    };
  }

  private static String slug(int status) {
    return switch (status) {
      case 400 -> "bad-input";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 408 -> "request-timeout";
      case 409 -> "conflict";
      case 413 -> "too-large";
      case 415 -> "unsupported-media-type";
      case 423 -> "locked";
      default -> status >= 500 ? "internal" : "refused";
    };
  }

  /**
   * Where the problem is, when the message names it: the field path ({@code amendments[1].value}),
   * {@code query.after} for a query parameter, {@code body} for the body as a whole.
   */
  static Optional<String> where(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher parameter = PARAMETER.matcher(message);
    if (parameter.find()) {
      return Optional.of("query." + parameter.group(1));
    }
    Matcher field = FIELD.matcher(message);
    if (field.find()) {
      return Optional.of(field.group(1) != null ? field.group(1) : field.group(2));
    }
    if (message.startsWith("malformed JSON")
        || message.startsWith("the body")
        || message.startsWith("the request body")
        || message.startsWith("unsupported content type")) {
      return Optional.of("body");
    }
    if (message.startsWith("the path names")) {
      return Optional.of("path");
    }
    return Optional.empty();
  }
}
