package io.parley.live.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.store.ChainCheck;
import io.parley.store.LedgerCheck;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quarantine: a negotiation whose log fails verification is recorded with the first reason
 * found and the first broken event, a ledger problem goes to the negotiation it names (or to the
 * problems that name none), and the entries are listed by id.
 */
class QuarantineTest {
  @Test
  void aBrokenChain_quarantinesItsNegotiation_withTheFirstBrokenEvent() {
    Quarantine quarantine = new Quarantine();
    quarantine.add(new ChainCheck("n2", 7, Optional.of(3L), "the hash does not match"));
    assertThat(quarantine.find("n2"))
        .contains(
            new Quarantine.Entry(
                "n2",
                "its event log fails verification at event 3: the hash does not match",
                Optional.of(3L)));
    assertThat(quarantine.find("n1")).isEmpty();
  }

  @Test
  void aChainCheckThatNamesNoEvent_saysSoWithoutOne() {
    Quarantine quarantine = new Quarantine();
    quarantine.add(new ChainCheck("n2", 0, Optional.empty(), "the head is missing"));
    assertThat(quarantine.find("n2").orElseThrow().problem())
        .isEqualTo("its event log fails verification: the head is missing");
    assertThat(quarantine.find("n2").orElseThrow().event()).isEmpty();
  }

  @Test
  void theFirstReasonFound_stays() {
    Quarantine quarantine = new Quarantine();
    quarantine.add("n1", "it could not be folded");
    quarantine.add(new ChainCheck("n1", 4, Optional.of(2L), "reordered"));
    quarantine.add("n1", "a later problem");
    quarantine.add(
        new LedgerCheck(1, List.of(new LedgerCheck.Problem(Optional.of("n1"), "renamed"))));
    assertThat(quarantine.entries())
        .containsExactly(new Quarantine.Entry("n1", "it could not be folded", Optional.empty()));
  }

  @Test
  void aLedgerProblem_goesToTheNegotiationItNames_orToTheProblemsThatNameNone() {
    Quarantine quarantine = new Quarantine();
    quarantine.add(
        new LedgerCheck(
            2,
            List.of(
                new LedgerCheck.Problem(Optional.of("n9"), "negotiation n9 was deleted"),
                new LedgerCheck.Problem(Optional.empty(), "the ledger's head does not match"))));
    assertThat(quarantine.entries())
        .containsExactly(
            new Quarantine.Entry(
                "n9",
                "the store's ledger of negotiations: negotiation n9 was deleted",
                Optional.empty()));
    assertThat(quarantine.ledgerProblems()).containsExactly("the ledger's head does not match");
    quarantine.add(new LedgerCheck(0, List.of()));
    assertThat(quarantine.entries()).hasSize(1);
    assertThat(quarantine.ledgerProblems()).hasSize(1);
  }

  @Test
  void entries_areListedById_whateverTheOrderTheyCameIn() {
    Quarantine quarantine = new Quarantine();
    Random random = new Random(15);
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      ids.add(String.format("n%016x", random.nextLong()));
    }
    ids.forEach(id -> quarantine.add(id, "broken " + id));
    assertThat(quarantine.entries())
        .extracting(Quarantine.Entry::negotiation)
        .isEqualTo(ids.stream().sorted().toList());
  }

  @Test
  void theListsHandedOut_areCopies() {
    Quarantine quarantine = new Quarantine();
    quarantine.add("n1", "broken n1");
    quarantine.add(new LedgerCheck(0, List.of(new LedgerCheck.Problem(Optional.empty(), "p1"))));
    List<Quarantine.Entry> entries = quarantine.entries();
    Collection<String> problems = quarantine.ledgerProblems();
    quarantine.add("n0", "broken n0");
    quarantine.add(new LedgerCheck(0, List.of(new LedgerCheck.Problem(Optional.empty(), "p2"))));
    assertThat(entries).hasSize(1);
    assertThat(problems).containsExactly("p1");
    assertThat(quarantine.entries()).extracting(Quarantine.Entry::negotiation).startsWith("n0");
    assertThatThrownBy(() -> problems.add("p3")).isInstanceOf(UnsupportedOperationException.class);
  }
}
