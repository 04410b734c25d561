package io.parley.cli;

import io.parley.store.ChainCheck;
import io.parley.store.EventStores;
import io.parley.store.JdbcEventStore;
import io.parley.store.LedgerCheck;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley verify-log [--data DIR | --db URL] [--log-key FILE] [NEGOTIATION...]}: recomputes
 * the keyed hash chain of every negotiation's event log in a store (or of the named ones), checks
 * each log's sealed head, and prints one line for each: {@code cairo-1: 42 events, chain intact} or
 * {@code cairo-1: broken at event 17: <problem>}; then checks the store's ledger of negotiations
 * and prints a line for each problem (such as a negotiation deleted whole). It needs the log's keys
 * (as {@code parley serve} finds them) and only reads: it never creates or migrates a store, nor a
 * key.
 *
 * <p>Exit codes: 0 every chain checked is intact, 1 a chain is broken or the database failed, 2 bad
 * usage (an unknown negotiation, an unsupported URL, no store at the place given).
 */
@Command(
    name = "verify-log",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyVersion.class,
    description = {
      "Check the keyed hash chain and sealed head of every negotiation's event log, or of the"
          + " named negotiations, and the store's ledger of negotiations; report the first broken"
          + " link of each."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every chain checked is intact",
      "1:a chain or the ledger of negotiations is broken, or the database failed",
      "2:bad usage: an unknown negotiation, an unsupported --db URL, no store there, or no log"
          + " key"
    })
final class VerifyLogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions storeOptions;

  @Parameters(
      paramLabel = "NEGOTIATION",
      arity = "0..*",
      description = "The negotiations to check (default: all of them).")
  List<String> named = new ArrayList<>();

  @Override
  public Integer call() {
    try {
      storeOptions.check(spec.commandLine().getParseResult().hasMatchedOption("--data"));
      JdbcEventStore store =
          storeOptions.logKey.isPresent()
              ? EventStores.openExisting(
                  storeOptions.location(), storeOptions.logKeys(Map.of(), false))
              : EventStores.openExisting(storeOptions.db, storeOptions.data);
      try (JdbcEventStore opened = store) {
        return report(opened);
      }
    } catch (IllegalArgumentException e) {
      // The store options name no usable store (bad location or key).
      throw new CommandFailure(ExitCode.USAGE, e.getMessage());
    }
  }

  private int report(JdbcEventStore store) {
    PrintWriter out = spec.commandLine().getOut();
    String location = store.location().description();
    List<String> known = store.negotiations();
    for (String negotiation : named) {
      if (!known.contains(negotiation)) {
        throw new CommandFailure(
            ExitCode.USAGE,
            "unknown negotiation '"
                + negotiation
                + "' in "
                + location
                + (known.isEmpty()
                    ? ", which holds none"
                    : "; it holds " + String.join(", ", known)));
      }
    }
    List<String> negotiations = named.isEmpty() ? known : named;
    LedgerCheck ledger = store.verifyLedger();
    if (negotiations.isEmpty() && ledger.intact()) {
      out.println("No negotiations in " + location + ".");
      out.flush();
      return ExitCode.OK;
    }
    boolean allIntact = ledger.intact();
    for (String negotiation : negotiations) {
      ChainCheck check = store.verify(negotiation);
      out.println(line(check));
      allIntact &= check.intact();
    }
    for (LedgerCheck.Problem problem : ledger.problems()) {
      out.println("ledger of negotiations: broken: " + problem.problem());
    }
    out.flush();
    return allIntact ? ExitCode.OK : ExitCode.SOFTWARE;
  }

  /** One negotiation's line of the report. */
  static String line(ChainCheck check) {
    if (check.intact()) {
      return check.negotiation()
          + ": "
          + check.events()
          + (check.events() == 1 ? " event" : " events")
          + ", chain intact";
    }
    return check.negotiation()
        + ": broken at event "
        + check.firstBroken().orElseThrow()
        + ": "
        + check.problem();
  }
}
