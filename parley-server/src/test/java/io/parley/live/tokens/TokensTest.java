package io.parley.live.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invitation tokens: their form, their stored hash, and their exact comparison. */
class TokensTest {
  @Test
  void aToken_is32RandomBytesInBase64UrlWithoutPadding() {
    SplittableRandom random = new SplittableRandom(3);
    String a = Tokens.generate(random);
    String b = Tokens.generate(random);
    assertThat(a).matches("[A-Za-z0-9_-]{43}");
    assertThat(b).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(a);
  }

  @Test
  void onlyTheSha256OfATokenIsStored() throws Exception {
    String token = Tokens.generate(new SplittableRandom(5));
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    assertThat(Tokens.hash(token)).isEqualTo(HexFormat.of().formatHex(digest));
  }

  @Test
  void aTokenIsAdmittedOnItsExactBytesOnly() {
    String token = Tokens.generate(new SplittableRandom(7));
    String hash = Tokens.hash(token);
    assertThat(Tokens.admits(hash, token)).isTrue();
    assertThat(Tokens.admits(hash, token.toUpperCase(Locale.ROOT))).isFalse();
    assertThat(Tokens.admits(hash, token.toLowerCase(Locale.ROOT))).isFalse();
    assertThat(Tokens.admits(hash, token + "A")).isFalse();
    assertThat(Tokens.admits(hash, token.substring(1))).isFalse();
  }

  @Test
  void same_comparesExactly() {
    assertThat(Tokens.same("abc", "abc")).isTrue();
    assertThat(Tokens.same("abc", "abC")).isFalse();
    assertThat(Tokens.same("abc", "abcd")).isFalse();
    assertThat(Tokens.same("", "")).isTrue();
  }
}
