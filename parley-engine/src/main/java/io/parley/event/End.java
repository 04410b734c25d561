package io.parley.event;

import io.parley.outcome.Outcome;

/** How a negotiation ended: one sealed state, never a set of flags. */
public sealed interface End permits End.Agreement, End.NoAgreement {

  /**
   * The name used in outputs: {@code agreement}, {@code deadline}, {@code walk-away}, {@code
   * failure}.
   */
  String key();

  /** Every party accepted {@code outcome}. */
  record Agreement(Outcome outcome) implements End {
    @Override
    public String key() {
      return "agreement";
    }
  }

  /**
   * No agreement.
   *
   * @param reason why
   * @param party the party that walked away or failed; empty for a deadline
   * @param detail the reason in plain words
   */
  record NoAgreement(EndReason reason, String party, String detail) implements End {
    public NoAgreement {
      party = party == null ? "" : party;
      detail = detail == null ? "" : detail;
    }

    @Override
    public String key() {
      return reason.key();
    }
  }
}
