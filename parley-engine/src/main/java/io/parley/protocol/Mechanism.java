package io.parley.protocol;

import io.parley.event.Event;
import io.parley.event.NegotiationState;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A negotiation protocol in motion. It advances one step at a time — so a user interface can step
 * it and a store can checkpoint it — and every step makes immutable events, which it keeps in its
 * log unless told not to ({@link NegotiationSetup#retainEvents()}).
 */
public interface Mechanism {

  /**
   * Advances one step: one participant's move, or one event of the mechanism's own (a session
   * opening, the end).
   *
   * @return the events the step made; empty once the negotiation has ended
   */
  List<Event> step();

  /** The state: the fold of {@link #events()}. */
  NegotiationState state();

  /**
   * Every event so far, in sequence order; an unmodifiable view.
   *
   * @throws IllegalStateException if the setup does not {@linkplain NegotiationSetup#retainEvents()
   *     retain events}
   */
  List<Event> events();

  /**
   * The normalised time in [0, 1] of the latest move: the progress the mechanism last gave an agent
   * (the larger of the round fraction and, with a time limit, the time fraction), and 1 once the
   * deadline has passed. The time of the end is the time at which discounts apply (see {@code
   * io.parley.run.RunSummary}).
   */
  double time();

  /**
   * The seat whose move the last {@link #step()} waited for, if it ended waiting: that seat's agent
   * answered with {@link MoveNotReady} (an {@link ExternalNegotiator} or {@link ExternalMediator}
   * with no move supplied). The step kept the events it made before the request (returned as usual,
   * possibly none); the next step asks the seat again, with an equal request, and goes on from
   * there, so a run stepped through its waits makes the same events as a run in which an agent on
   * the seat made the supplied moves. Empty after a step that did not wait.
   */
  default Optional<Awaiting> awaiting() {
    return Optional.empty();
  }

  /** Runs to the end and returns the final state; {@link #run(Consumer)} without a listener. */
  default NegotiationState run() {
    return run(event -> {});
  }

  /**
   * Runs to the end, handing each event to {@code listener} as it is made, in sequence order, and
   * returns the final state.
   *
   * <p>With a time budget per agent call the mechanisms of {@link Mechanisms} run the whole loop
   * (the listener included) on one thread of their own and wait for it: an agent that overruns its
   * budget is interrupted, and one that ignores the interrupt and never returns is abandoned after
   * a grace period, ending the run with a timeout fault naming its seat. Stepping with {@link
   * #step()} also interrupts an overrunning agent, but cannot abandon one that ignores the
   * interrupt.
   *
   * @throws IllegalStateException if a step {@linkplain #awaiting() waits} for a seat whose moves
   *     come from outside the run: such a run must be stepped
   */
  default NegotiationState run(Consumer<? super Event> listener) {
    while (!state().isEnded()) {
      for (Event event : step()) {
        listener.accept(event);
      }
      Optional<Awaiting> awaiting = awaiting();
      if (awaiting.isPresent()) {
        throw new IllegalStateException(
            "seat '"
                + awaiting.get().seat()
                + "' waits for a move from outside the run; step the mechanism and supply it");
      }
    }
    return state();
  }
}
