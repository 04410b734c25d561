package io.parley.live.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Secret invitation tokens: 32 random bytes, base64url without padding. Only their SHA-256 (hex) is
 * stored; the token itself is shown once, to whoever invited.
 */
public final class Tokens {
  private Tokens() {}

  /** A fresh token from {@code random}, which must be a cryptographically strong generator. */
  public static String generate(RandomGenerator random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of {@code token}'s UTF-8 bytes, as 64 lower-case hex digits. */
  public static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /**
   * Whether {@code token} is the token whose hash is {@code tokenHash} (null for none): compares
   * the SHA-256 of {@code token}'s exact UTF-8 bytes with {@code tokenHash} in constant time.
   */
  public static boolean admits(String tokenHash, String token) {
    return tokenHash != null && token != null && same(hash(token), tokenHash);
  }

  /**
   * Whether {@code a} equals {@code b} byte for byte (UTF-8; no case folding or normalisation), in
   * time independent of where they differ.
   */
  public static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
