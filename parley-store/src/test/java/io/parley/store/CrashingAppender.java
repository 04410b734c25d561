package io.parley.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A process that appends events to the embedded store in a data directory, reports each one as
 * acknowledged on standard output, and then dies at once (no shutdown hooks, no close), as a
 * crashed server would. Run by {@link EmbeddedDurabilityTest}.
 */
final class CrashingAppender {
  private CrashingAppender() {}

  /** Arguments: the data directory, the number of events to append. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    JdbcEventStore store = EventStores.open(Optional.empty(), Path.of(args[0]));
    int count = Integer.parseInt(args[1]);
    for (int i = 1; i <= count; i++) {
      StoredEvent stored = store.append("crash-1", EventStoreContract.event("c" + i));
      out.println("acked " + stored.sequence() + " " + stored.hash());
    }
    Runtime.getRuntime().halt(3);
  }
}
