package io.parley.negotiator;

import io.parley.event.FaultKind;
import java.util.Objects;

/**
 * Thrown by an agent (typically an adapter to an agent outside the JVM, such as a child process) to
 * report a fault of a stated kind: the mechanism records a fault of exactly that {@link FaultKind}
 * for the agent's seat and ends the run with a failure naming it, as it does for a built-in agent
 * that throws, overruns its budget or makes a move the request does not allow.
 *
 * <p>Any other exception an agent throws is recorded as {@link FaultKind#EXCEPTION}.
 */
public final class AgentFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final FaultKind kind;

  /**
   * @param kind the kind of fault to record
   * @param detail what happened, in plain words (becomes the fault's detail)
   */
  public AgentFailure(FaultKind kind, String detail) {
    super(detail, null, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** The kind of fault to record. */
  public FaultKind kind() {
    return kind;
  }
}
