package io.parley.live.log;

import io.parley.live.LiveException;
import io.parley.store.ChainCheck;
import io.parley.store.LedgerCheck;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The negotiations the server refuses to serve because their log failed verification (at start, on
 * a read from the store, or on an append), and the ledger's problems that name no negotiation. A
 * quarantined negotiation stays so until the server restarts on a repaired store: its routes answer
 * {@link LiveException.Kind#QUARANTINED}, while every other negotiation is served.
 */
public final class Quarantine {
  /**
   * One quarantined negotiation.
   *
   * @param negotiation its id
   * @param problem why, in plain words
   * @param event the first event that fails, when one does
   */
  public record Entry(String negotiation, String problem, Optional<Long> event) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final List<String> ledgerProblems = new CopyOnWriteArrayList<>();

  /** Quarantines the negotiation whose log fails {@code check}; the first reason found stays. */
  public void add(ChainCheck check) {
    entries.putIfAbsent(
        check.negotiation(),
        new Entry(
            check.negotiation(),
            "its event log fails verification"
                + check.firstBroken().map(event -> " at event " + event).orElse("")
                + ": "
                + check.problem(),
            check.firstBroken()));
  }

  /** Quarantines the negotiations the ledger's problems name, and keeps the others. */
  public void add(LedgerCheck ledger) {
    for (LedgerCheck.Problem problem : ledger.problems()) {
      if (problem.negotiation().isPresent()) {
        String id = problem.negotiation().get();
        entries.putIfAbsent(
            id,
            new Entry(
                id, "the store's ledger of negotiations: " + problem.problem(), Optional.empty()));
      } else {
        ledgerProblems.add(problem.problem());
      }
    }
  }

  /** Quarantines {@code negotiation} for {@code problem}. */
  public void add(String negotiation, String problem) {
    entries.putIfAbsent(negotiation, new Entry(negotiation, problem, Optional.empty()));
  }

  /** Why {@code negotiation} is quarantined, if it is. */
  public Optional<Entry> find(String negotiation) {
    return Optional.ofNullable(entries.get(negotiation));
  }

  /** Every quarantined negotiation, by id. */
  public List<Entry> entries() {
    List<Entry> sorted = new ArrayList<>(entries.values());
    sorted.sort(java.util.Comparator.comparing(Entry::negotiation));
    return sorted;
  }

  /** The ledger's problems that name no negotiation. */
  public Collection<String> ledgerProblems() {
    return List.copyOf(ledgerProblems);
  }
}
