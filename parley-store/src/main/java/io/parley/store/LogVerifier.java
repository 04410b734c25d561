package io.parley.store;

import java.util.List;
import java.util.Optional;

/**
 * Checks one negotiation's log against its keys and its head: every link of the chain ({@link
 * EventHashes}), then that the log ends where its sealed head says ({@link Seals}). One algorithm,
 * used by verification, by every read of a {@link JdbcEventStore}, and so by the server's start and
 * {@code parley verify-log}.
 */
final class LogVerifier {
  private LogVerifier() {}

  /**
   * The first thing wrong with {@code events}, the whole log of {@code negotiation} in sequence
   * order, taken together with its {@code head}: a gap, a previous hash that is not the hash
   * before, a hash that the event's fields and key do not give, an unkeyed event after keyed ones,
   * an event beyond the head, a missing last event, a head whose hash is not the last event's, or
   * whose seal does not hold.
   */
  static ChainCheck check(
      String negotiation, List<StoredEvent> events, LogHead head, LogKeys keys) {
    ChainCheck links = links(negotiation, events, 0, EventHashes.GENESIS, keys);
    if (!links.intact()) {
      return links;
    }
    long last = events.size();
    if (last > head.sequence()) {
      return broken(
          negotiation,
          last,
          head.sequence() + 1,
          "event "
              + (head.sequence() + 1)
              + " lies beyond the log's head, which records "
              + head.sequence()
              + " events (an event inserted after the last)");
    }
    if (last < head.sequence()) {
      return broken(
          negotiation,
          last,
          last + 1,
          "event " + (last + 1) + " is missing: the log's head records " + head.sequence());
    }
    String lastHash = events.isEmpty() ? EventHashes.GENESIS : events.get(events.size() - 1).hash();
    if (!lastHash.equals(head.hash())) {
      return broken(
          negotiation,
          last,
          Math.max(last, 1),
          "hash "
              + lastHash
              + " of the last event differs from the hash the log's head records ("
              + head.hash()
              + ")");
    }
    Optional<String> seal = sealProblem(negotiation, head, keys);
    if (seal.isPresent()) {
      return broken(negotiation, last, Math.max(last, 1), "the log's head: " + seal.get());
    }
    return links;
  }

  /** Why {@code head}'s seal does not hold; empty when it does. */
  static Optional<String> sealProblem(String negotiation, LogHead head, LogKeys keys) {
    return Seals.problem(
        head.seal().orElse(""),
        keys,
        key -> Seals.head(key, negotiation, head.sequence(), head.hash()));
  }

  /**
   * The first broken link of {@code events}, which follow the event at sequence {@code after} whose
   * hash is {@code previousHash}.
   */
  static ChainCheck links(
      String negotiation, List<StoredEvent> events, long after, String previousHash, LogKeys keys) {
    String expectedPrevious = previousHash;
    long expectedSequence = after + 1;
    boolean keyed = false;
    for (StoredEvent event : events) {
      String problem = null;
      Optional<String> recomputed = EventHashes.recompute(event, keys);
      if (event.sequence() != expectedSequence) {
        problem = "sequence " + event.sequence() + " where " + expectedSequence + " was expected";
      } else if (!event.previousHash().equals(expectedPrevious)) {
        problem =
            "previous hash "
                + event.previousHash()
                + " does not match the hash of event "
                + (expectedSequence - 1)
                + " ("
                + expectedPrevious
                + ")";
      } else if (event.keyId().isEmpty() && keyed) {
        problem = "an event without a key follows keyed events (only old events may lack one)";
      } else if (recomputed.isEmpty()) {
        problem = Seals.unknownKey(event.keyId().orElseThrow(), keys);
      } else if (!EventHashes.same(recomputed.get(), event.hash())) {
        problem =
            "hash "
                + event.hash()
                + " does not match the event's content (changed after it was stored)";
      }
      if (problem != null) {
        return broken(negotiation, events.size(), event.sequence(), problem);
      }
      keyed |= event.keyId().isPresent();
      expectedPrevious = event.hash();
      expectedSequence++;
    }
    return new ChainCheck(negotiation, events.size(), Optional.empty(), "");
  }

  private static ChainCheck broken(String negotiation, long events, long at, String problem) {
    return new ChainCheck(negotiation, events, Optional.of(at), problem);
  }
}
