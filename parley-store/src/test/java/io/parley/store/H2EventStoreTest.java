package io.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event store's contract on the embedded H2 database, and what is particular to H2. */
class H2EventStoreTest extends EventStoreContract {
  @TempDir Path dataDirectory;

  @Override
  StoreLocation location() {
    return StoreLocation.of(Optional.empty(), dataDirectory);
  }

  @Test
  void open_withoutUrl_createsTheDatabaseInANewDataDirectory() {
    Path nested = dataDirectory.resolve("a").resolve("b");

    try (JdbcEventStore other = EventStores.open(Optional.empty(), nested, clock)) {
      other.append("cairo-1", event("c1"));
      assertThat(other.location().embedded()).isTrue();
    }

    assertThat(nested.resolve("parley.mv.db")).isRegularFile();
  }

  @Test
  void openExisting_findsTheStoreThatOpenCreated() {
    store.append("cairo-1", event("c1"));
    store.close();

    store = EventStores.openExisting(Optional.empty(), dataDirectory);

    assertThat(store.read("cairo-1")).hasSize(1);
  }

  @Test
  void openExisting_emptyDirectory_isNotFoundAndCreatesNothing() throws Exception {
    Path empty = Files.createDirectory(dataDirectory.resolve("empty"));

    assertThatThrownBy(() -> EventStores.openExisting(Optional.empty(), empty))
        .isInstanceOf(StoreNotFoundException.class)
        .hasMessageContaining("no event store in " + empty)
        .hasMessageContaining("parley.mv.db");
    try (var files = Files.list(empty)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void openExisting_h2FileWithoutParleyTables_isNotFound() throws Exception {
    Path other = dataDirectory.resolve("other");
    StoreLocation location = StoreLocation.of(Optional.empty(), other);
    Files.createDirectories(other);
    try (var connection = java.sql.DriverManager.getConnection(location.jdbcUrl());
        var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE unrelated (id INT)");
    }

    assertThatThrownBy(() -> EventStores.openExisting(Optional.empty(), other))
        .isInstanceOf(StoreNotFoundException.class)
        .hasMessageContaining("no Parley tables");
  }
}
