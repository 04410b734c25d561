package io.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

  @Test
  void noUrl_isTheH2FileInTheDataDirectory() {
    StoreLocation location = StoreLocation.of(Optional.empty(), Path.of("some", "dir"));

    Path directory = Path.of("some", "dir").toAbsolutePath();
    assertThat(location.embedded()).isTrue();
    assertThat(location.dataDirectory()).contains(directory);
    assertThat(location.databaseFile()).contains(directory.resolve("parley.mv.db"));
    assertThat(location.jdbcUrl())
        .startsWith("jdbc:h2:file:" + directory.resolve("parley"))
        .contains("WRITE_DELAY=0");
    assertThat(location.description())
        .isEqualTo("the H2 database " + directory.resolve("parley.mv.db"));
  }

  @Test
  void postgresUrl_isTakenAsGiven() {
    String url = "jdbc:postgresql://db.example:5432/parley?user=parley";

    StoreLocation location = StoreLocation.of(Optional.of(url), Path.of("ignored"));

    assertThat(location.embedded()).isFalse();
    assertThat(location.jdbcUrl()).isEqualTo(url);
    assertThat(location.mayExist()).isTrue();
  }

  @Test
  void otherUrl_isRejectedNamingItAndWhatIsAccepted() {
    assertThatThrownBy(
            () -> StoreLocation.of(Optional.of("jdbc:mysql://localhost/parley"), Path.of(".")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'jdbc:mysql://localhost/parley'")
        .hasMessageContaining("jdbc:postgresql:")
        .hasMessageContaining("no URL");
    assertThatThrownBy(() -> StoreLocation.of(Optional.of("jdbc:h2:mem:x"), Path.of(".")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:h2:mem:x");
  }

  @Test
  void description_hidesPasswords() {
    StoreLocation location =
        StoreLocation.of(
            Optional.of("jdbc:postgresql://host/parley?user=u&password=s3cret&ssl=true"),
            Path.of("."));

    assertThat(location.description()).doesNotContain("s3cret").contains("password=***&ssl=true");
    assertThat(StoreLocation.redact("jdbc:postgresql://u:s3cret@host/db")).doesNotContain("s3cret");
    assertThatThrownBy(
            () ->
                StoreLocation.of(Optional.of("jdbc:oracle:thin:u/x?password=s3cret"), Path.of(".")))
        .hasMessageNotContaining("s3cret");
  }
}
