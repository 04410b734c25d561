package io.parley.protocol;

import io.parley.event.FaultKind;

/**
 * Raised inside a mechanism when a participant's agent fails; the mechanism turns it into events.
 */
final class AgentFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final String participant;
  final FaultKind kind;

  AgentFault(String participant, FaultKind kind, String detail) {
    super(detail, null, false, false);
    this.participant = participant;
    this.kind = kind;
  }
}
