package io.parley.server;

import io.javalin.http.Context;
import io.parley.live.LiveException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request body with the server's limit of {@value #LIMIT} bytes (1 MiB), whether or not the
 * client states its length, and checks its media type and UTF-8 encoding.
 */
final class RequestBody {
  /**
   * How much of a refused body is read and thrown away before the 413 answer (8 MiB), so that an
   * ordinary client sees the answer rather than a reset connection.
   */
  static final long DISCARD_LIMIT = 8L * 1024 * 1024;

  /** The largest body accepted, in bytes: 1 MiB. */
  static final int LIMIT = 1024 * 1024;

  private RequestBody() {}

  /** Whether the request says its body is of {@code mediaType} (ignoring parameters). */
  static boolean isOf(Context ctx, String... mediaTypes) {
    String type = ctx.contentType();
    if (type == null) {
      return false;
    }
    String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    for (String mediaType : mediaTypes) {
      if (bare.equals(mediaType)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The JSON body's text.
   *
   * @throws HttpFailure 415 unless the content type is application/json, 413 beyond the limit
   */
  static String json(Context ctx) {
    if (!isOf(ctx, "application/json")) {
      throw new HttpFailure(
          415,
          "unsupported content type '"
              + (ctx.contentType() == null ? "none" : ctx.contentType())
              + "'; send Content-Type: application/json");
    }
    return text(ctx);
  }

  /**
   * The body as UTF-8 text.
   *
   * @throws HttpFailure 413 beyond the limit
   * @throws LiveException BAD_INPUT for bytes that are not UTF-8
   */
  static String text(Context ctx) {
    checkDeclaredLength(ctx);
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = readAtMost(in);
    } catch (HttpFailure e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Jetty's own exceptions (a body too slow, a connection reset) name its internals: say what
      // happened in plain words instead.
      throw new HttpFailure(
          408,
          "the body did not arrive in time: send it whole within "
              + Timeouts.BODY_DEADLINE_MS / 1000
              + " seconds, without pausing "
              + Timeouts.BLOCKED_READ_TIMEOUT_MS / 1000
              + " seconds");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new LiveException(LiveException.Kind.BAD_INPUT, "the body is not valid UTF-8 text");
    }
  }

  /**
   * Refuses a body whose stated length is over the limit. A body of at most {@value #DISCARD_LIMIT}
   * bytes is read and thrown away first, so that the client, still sending, reads the 413 answer
   * instead of finding the connection closed under it; a larger one is refused at once.
   */
  static void checkDeclaredLength(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    if (length > LIMIT) {
      if (length <= DISCARD_LIMIT) {
        try (InputStream in = ctx.req().getInputStream()) {
          discard(in, DISCARD_LIMIT);
        } catch (IOException e) {
          // the client went away; the answer below is all it could get anyway
        }
      }
      throw tooLarge();
    }
  }

  private static byte[] readAtMost(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int total = 0;
    int n;
    long deadline = System.nanoTime() + Timeouts.BODY_DEADLINE_MS * 1_000_000;
    while ((n = in.read(buffer)) != -1) {
      if (System.nanoTime() - deadline > 0) {
        throw new IOException("the body's deadline passed");
      }
      total += n;
      if (total > LIMIT) {
        discard(in, DISCARD_LIMIT - total);
        throw tooLarge();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Reads and drops at most {@code most} more bytes of {@code in}. */
  private static void discard(InputStream in, long most) throws IOException {
    byte[] buffer = new byte[8192];
    long left = most;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
      left -= n;
    }
  }

  private static HttpFailure tooLarge() {
    return new HttpFailure(413, "the body is larger than the limit of " + LIMIT + " bytes (1 MiB)");
  }
}
