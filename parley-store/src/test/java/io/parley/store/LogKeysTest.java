package io.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogKeysTest {
  @TempDir Path directory;

  private static String key(int seed) {
    byte[] bytes = new byte[32];
    new SplittableRandom(seed).nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void parse_firstKeyIsCurrent_commentsAndBlankLinesIgnored_bothBase64Alphabets() {
    String urlSafe = key(2).replace('+', '-').replace('/', '_').replace("=", "");
    LogKeys keys = LogKeys.parse("# rotated\n\n" + key(1) + "\n" + urlSafe + "\n", "test");

    assertThat(keys.all()).hasSize(2);
    assertThat(keys.current()).isEqualTo(keys.all().get(0));
    assertThat(keys.current().id()).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(keys.current().id()).isNotEqualTo(keys.all().get(1).id());
    assertThat(LogKeys.parse(key(1) + ", " + key(2), "variable").ids()).isEqualTo(keys.ids());
    assertThat(keys.current().toString()).doesNotContain(key(1));
  }

  @Test
  void parse_badKeys_areRefusedNamingWhere() {
    assertThatThrownBy(() -> LogKeys.parse("# only a comment\n", "the file k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the file k holds no log key");
    assertThatThrownBy(() -> LogKeys.parse("\n" + key(1) + "\nc2hvcnQ=\n", "the file k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the file k line 3 has 5 bytes")
        .hasMessageContaining("at least 32");
    assertThatThrownBy(() -> LogKeys.parse("not*base64", "the file k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1 is not base64");
    assertThatThrownBy(() -> LogKeys.parse(key(1) + "\n" + key(1), "the file k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given twice");
  }

  @Test
  void resolve_variableFirst_thenTheEmbeddedStoresKeyFile_generatedOnce() throws Exception {
    StoreLocation embedded = StoreLocation.of(Optional.empty(), directory.resolve("data"));
    SplittableRandom random = new SplittableRandom(3);

    assertThatThrownBy(() -> LogKeys.resolve(embedded, Map.of(), false, random))
        .isInstanceOf(MissingLogKeyException.class)
        .hasMessageContaining("parley-log.key");
    LogKeys generated = LogKeys.resolve(embedded, Map.of(), true, random);
    Path file = directory.resolve("data").resolve(LogKeys.FILE_NAME);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(LogKeys.resolve(embedded, Map.of(), true, random)).isEqualTo(generated);
    LogKeys fromVariable =
        LogKeys.resolve(embedded, Map.of(LogKeys.VARIABLE, key(9)), true, random);
    assertThat(fromVariable.current().id()).isNotEqualTo(generated.current().id());
  }

  @Test
  void resolve_postgresWithoutTheVariable_isRefusedSayingHowToGiveIt() {
    StoreLocation postgres =
        StoreLocation.of(Optional.of("jdbc:postgresql://localhost/parley"), directory);

    assertThatThrownBy(() -> LogKeys.resolve(postgres, Map.of(), true, new SplittableRandom(1)))
        .isInstanceOf(MissingLogKeyException.class)
        .hasMessageContaining(LogKeys.VARIABLE)
        .hasMessageContaining("--log-key");
    assertThat(Files.exists(directory.resolve(LogKeys.FILE_NAME))).isFalse();
  }
}
