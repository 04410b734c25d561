package io.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger of negotiations: every log, once sealed, is entered at the next position with a link
 * chained to the entry before ({@link Seals#link}), and the ledger's head is sealed ({@link
 * Seals#ledger}). Deleting a negotiation leaves a gap, or a head that records more; the id of the
 * deleted negotiation is known from the entry after it or from the head, which name it in plain.
 */
final class Ledger {
  private Ledger() {}

  /**
   * Locks the ledger's head for entering new negotiations, checking its seal first.
   *
   * @throws TamperedLedgerException if the head is missing or its seal does not hold, so that an
   *     entry never seals over a deletion
   */
  static LedgerTable.Head lock(Connection connection, LogKeys keys) throws SQLException {
    LedgerTable.Head head =
        LedgerTable.lock(connection)
            .orElseThrow(
                () ->
                    new TamperedLedgerException(
                        "the ledger's head is missing (deleted after it was written)"));
    Optional<String> problem = headProblem(head, keys);
    if (problem.isPresent()) {
      throw new TamperedLedgerException("the ledger's head: " + problem.get());
    }
    return head;
  }

  /** Enters {@code negotiation} after {@code head}; returns the ledger's new head. */
  static LedgerTable.Head enter(
      Connection connection, LedgerTable.Head head, String negotiation, LogKey key)
      throws SQLException {
    long position = head.negotiations() + 1;
    String link = Seals.link(key, head.lastLink(), position, negotiation, head.last());
    NegotiationTable.register(
        connection,
        new NegotiationTable.Entry(
            negotiation, Optional.of(position), Optional.of(head.last()), Optional.of(link)));
    return LedgerTable.Head.sealed(key, position, negotiation, link);
  }

  /** Checks every entry's position, predecessor and link, and the head's count, last and seal. */
  static LedgerCheck verify(Connection connection, LogKeys keys) throws SQLException {
    List<NegotiationTable.Entry> entries = NegotiationTable.entries(connection);
    Optional<LedgerTable.Head> head = LedgerTable.read(connection);
    List<LedgerCheck.Problem> problems = new ArrayList<>();
    if (head.isEmpty()) {
      if (!entries.isEmpty()) {
        problems.add(problem(null, "the ledger's head is missing (deleted after it was written)"));
      }
      return new LedgerCheck(0, problems);
    }
    long expectedPosition = 1;
    String expectedPrevious = "";
    String expectedLink = Seals.NO_LINK;
    for (NegotiationTable.Entry entry : entries) {
      if (entry.position().isEmpty() || entry.link().isEmpty() || entry.previous().isEmpty()) {
        problems.add(
            problem(
                entry.id(),
                "negotiation "
                    + entry.id()
                    + " is not in the ledger (added behind the store's back, or its entry erased)"));
        continue;
      }
      long position = entry.position().get();
      String previous = entry.previous().get();
      if (position < expectedPosition) {
        problems.add(
            problem(
                entry.id(),
                "negotiation "
                    + entry.id()
                    + " claims ledger position "
                    + position
                    + ", which another negotiation holds"));
        continue;
      } else if (position > expectedPosition) {
        problems.add(missing(previous, expectedPosition, position - 1));
      } else if (!previous.equals(expectedPrevious)) {
        problems.add(
            problem(
                entry.id(),
                "negotiation "
                    + entry.id()
                    + " at ledger position "
                    + position
                    + " names "
                    + quoted(previous)
                    + " before it, where the ledger holds "
                    + quoted(expectedPrevious)));
      }
      String previousLink = position == expectedPosition ? expectedLink : null;
      Optional<String> linkProblem =
          previousLink == null
              ? Optional.empty()
              : Seals.problem(
                  entry.link().get(),
                  keys,
                  key -> Seals.link(key, previousLink, position, entry.id(), previous));
      if (linkProblem.isPresent()) {
        problems.add(
            problem(
                entry.id(),
                "the ledger entry of negotiation "
                    + entry.id()
                    + ": "
                    + linkProblem.get()
                    + " (renamed, moved, or entered without the key)"));
      }
      expectedPosition = position + 1;
      expectedPrevious = entry.id();
      expectedLink = entry.link().get();
    }
    LedgerTable.Head recorded = head.get();
    long registered = expectedPosition - 1;
    if (recorded.negotiations() > registered) {
      problems.add(missing(recorded.last(), registered + 1, recorded.negotiations()));
    } else if (recorded.negotiations() < registered) {
      problems.add(
          problem(
              expectedPrevious,
              "the ledger's head records "
                  + recorded.negotiations()
                  + " negotiations, but "
                  + registered
                  + " are entered (the last, "
                  + expectedPrevious
                  + ", entered without sealing the head)"));
    } else if (!recorded.last().equals(expectedPrevious)
        || !recorded.lastLink().equals(expectedLink)) {
      problems.add(
          problem(
              recorded.last(),
              "the ledger's head names "
                  + quoted(recorded.last())
                  + " as the last negotiation, where the ledger ends with "
                  + quoted(expectedPrevious)));
    }
    headProblem(recorded, keys)
        .ifPresent(seal -> problems.add(problem(null, "the ledger's head: " + seal)));
    return new LedgerCheck(recorded.negotiations(), problems);
  }

  private static Optional<String> headProblem(LedgerTable.Head head, LogKeys keys) {
    return Seals.problem(
        head.seal(),
        keys,
        key -> Seals.ledger(key, head.negotiations(), head.last(), head.lastLink()));
  }

  private static LedgerCheck.Problem missing(String last, long from, long to) {
    String positions = from == to ? "position " + from : "positions " + from + " to " + to;
    return problem(
        last.isEmpty() ? null : last,
        "negotiation "
            + quoted(last)
            + (from == to ? "" : " and the ones before it")
            + " at ledger "
            + positions
            + " is missing: deleted from the store");
  }

  private static String quoted(String id) {
    return id.isEmpty() ? "(none)" : id;
  }

  private static LedgerCheck.Problem problem(String negotiation, String text) {
    return new LedgerCheck.Problem(Optional.ofNullable(negotiation), text);
  }
}
