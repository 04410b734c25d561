package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.store.EventStores;
import io.parley.store.JdbcEventStore;
import io.parley.store.LogKeys;
import io.parley.store.NewEvent;
import io.parley.store.StoreLocation;
import io.parley.store.Tampering;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code parley verify-log} catches every {@link Tampering}, with exit code 1, naming the tampered
 * negotiation, while it reports the untouched ones intact. One subclass per database.
 */
abstract class VerifyLogTamperContract {
  static final String OTHER = "cairo-1";
  static final String TARGET = "lagos-2";
  static final String UNTOUCHED = "lima-3";

  @TempDir Path keyDirectory;
  Path keyFile;

  /** Where the store under test lives: a fresh, empty place for each test. */
  abstract StoreLocation location();

  /** The command-line options naming that store. */
  abstract List<String> storeOptions();

  @BeforeEach
  void fillStore() {
    keyFile = keyDirectory.resolve("log.key");
    LogKeys keys = LogKeys.createFile(keyFile, new SecureRandom());
    try (JdbcEventStore store = EventStores.open(location(), Clock.systemUTC(), keys)) {
      append(store, OTHER, 5);
      append(store, TARGET, 6);
      append(store, UNTOUCHED, 4);
    }
  }

  private static void append(JdbcEventStore store, String negotiation, int count) {
    for (int i = 1; i <= count; i++) {
      boolean confides = i == 3;
      store.append(
          negotiation,
          new NewEvent(
              "e" + i,
              confides ? Tampering.CONFIDED : "message-sent",
              "seller",
              List.of("seller", "mediator"),
              confides
                  ? "{\"weights\":{\"price\":0.7,\"time\":0.3}}"
                  : "{\"text\":\"" + i + "\"}"));
    }
  }

  private Run verifyLog() {
    List<String> args = new ArrayList<>(List.of("verify-log", "--log-key", keyFile.toString()));
    args.addAll(storeOptions());
    return Run.of(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @EnumSource(Tampering.class)
  void everyTampering_isReported_andExitsOne(Tampering tampering) {
    assertThat(verifyLog().exitCode()).isZero();

    tampering.apply(location().jdbcUrl(), TARGET, OTHER);
    Run run = verifyLog();

    assertThat(run.exitCode()).as("%s: %s", tampering, run.out()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    if (tampering.deletesTarget()) {
      assertThat(lines)
          .contains(
              "ledger of negotiations: broken: negotiation lagos-2 at ledger position 2 is"
                  + " missing: deleted from the store");
    } else {
      assertThat(lines).anyMatch(line -> line.startsWith(TARGET + ": broken at event "));
    }
    assertThat(lines).contains(UNTOUCHED + ": 4 events, chain intact");
    if (!tampering.breaksOther()) {
      assertThat(lines).contains(OTHER + ": 5 events, chain intact");
    }
  }
}
