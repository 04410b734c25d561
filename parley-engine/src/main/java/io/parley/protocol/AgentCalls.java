package io.parley.protocol;

import io.parley.event.FaultKind;
import io.parley.negotiator.AgentFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Calls into participants' agents with isolation: an exception becomes an {@link AgentFault}; with
 * a time budget, a call that overruns it becomes a timeout fault.
 *
 * <p>Every call runs inline, on the caller's thread: no hand-off to another thread, so a budget
 * costs two uncontended atomic updates per call. The {@link Watchdog} watches the call in progress
 * and interrupts only a call that overruns its budget (noticed within its tick, a few
 * milliseconds); the call then ends as a timeout fault however it returns — normally, by throwing,
 * or by answering the interrupt. An agent that ignores the interrupt and never returns cannot be
 * stopped on its own thread; a run driven by {@link MechanismBase#run(java.util.function.Consumer)}
 * gives up on it after {@link #GRACE} and {@linkplain #abandon() abandons} it.
 *
 * <p>An agent's {@link MoveNotReady} is not a fault: it passes through unchanged, for the mechanism
 * to {@linkplain Mechanism#awaiting() wait} on the seat.
 *
 * <p>The call in progress is published through {@code phase}: even between calls, odd during one
 * (its sequence number), with {@link #OVERDUE} set once the watchdog has interrupted it, and {@link
 * #ABANDONED} once the run gave up on it. Not for concurrent calls: one run, one caller at a time.
 */
final class AgentCalls implements AutoCloseable {
  /** How long a run waits for an interrupted call to return before abandoning it. */
  static final Duration GRACE = Duration.ofMillis(500);

  static final long OVERDUE = 1L << 62;
  static final long ABANDONED = -1L;

  private final Duration budget;
  private final Watchdog watchdog;
  private final AtomicLong phase = new AtomicLong();
  private boolean watched;

  // The call in progress; written before phase becomes odd, so the watchdog sees them.
  private Thread thread;
  private String participant = "";
  private String what = "";
  private long limitNanos;
  private long limitMillis;

  // Written by the watchdog only.
  private long seenPhase;
  private long seenAtNanos;
  private volatile long overdueAtNanos;

  /** Calls within {@code budget} (0: none), watched by {@link Watchdog#SHARED}. */
  AgentCalls(Duration budget) {
    this(budget, Watchdog.SHARED);
  }

  /** Calls within {@code budget} (0: none), watched by {@code watchdog}. */
  AgentCalls(Duration budget, Watchdog watchdog) {
    this.budget = budget;
    this.watchdog = watchdog;
  }

  <T> T call(String participant, String what, Supplier<T> body) {
    return call(participant, what, budget, body);
  }

  /** Calls {@code body} as {@code participant}'s {@code what}, within {@code limit} (0: none). */
  <T> T call(String participant, String what, Duration limit, Supplier<T> body) {
    return call(participant, what, limit, AgentCalls::get, body, null);
  }

  private static <T> T get(Supplier<T> body, Object unused) {
    return body.get();
  }

  /**
   * Calls {@code body} on {@code first} and {@code second} as {@code participant}'s {@code what},
   * within the budget. For the calls of every step: a method reference or a lambda that captures
   * nothing costs no allocation per call.
   */
  <A, B, T> T call(String participant, String what, BiFunction<A, B, T> body, A first, B second) {
    return call(participant, what, budget, body, first, second);
  }

  /**
   * Calls {@code body} on {@code first} and {@code second} as {@code participant}'s {@code what},
   * within {@code limit} (0: none).
   */
  <A, B, T> T call(
      String participant,
      String what,
      Duration limit,
      BiFunction<A, B, T> body,
      A first,
      B second) {
    if (limit.isZero()) {
      try {
        return body.apply(first, second);
      } catch (MoveNotReady notReady) {
        throw notReady;
      } catch (RuntimeException | Error e) {
        throw exception(participant, what, e);
      }
    }
    if (phase.get() == ABANDONED) {
      throw new Abandoned();
    }
    this.thread = Thread.currentThread();
    this.participant = participant;
    this.what = what;
    this.limitNanos = limit.toNanos();
    this.limitMillis = limit.toMillis();
    long seq = phase.incrementAndGet();
    if (!watched) {
      watched = true;
      watchdog.watch(this);
    }
    T result = null;
    Throwable failure = null;
    try {
      result = body.apply(first, second);
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    if (!phase.compareAndSet(seq, seq + 1)) {
      overran(seq);
    }
    if (failure instanceof MoveNotReady notReady) {
      throw notReady;
    }
    if (failure != null) {
      throw exception(participant, what, failure);
    }
    return result;
  }

  /** The end of call {@code seq} when the watchdog interrupted it or the run abandoned it. */
  private void overran(long seq) {
    synchronized (this) {
      // The watchdog interrupts while holding this lock, so its interrupt has landed by now.
      if (phase.get() == ABANDONED) {
        throw new Abandoned();
      }
      phase.set(seq + 1);
      Thread.interrupted();
    }
    throw new AgentFault(
        participant,
        FaultKind.TIMEOUT,
        what + " did not return within its budget of " + limitMillis + " ms");
  }

  void run(String participant, String what, Runnable body) {
    run(participant, what, budget, body);
  }

  void run(String participant, String what, Duration limit, Runnable body) {
    call(
        participant,
        what,
        limit,
        () -> {
          body.run();
          return null;
        });
  }

  /**
   * Called by the watchdog at {@code now}: interrupts the call in progress if it has run past its
   * budget since the watchdog first saw it.
   */
  void interruptIfOverdue(long now) {
    long p = phase.get();
    if (p == ABANDONED || (p & 1) == 0 || (p & OVERDUE) != 0) {
      return;
    }
    if (p != seenPhase) {
      seenPhase = p;
      seenAtNanos = now;
      return;
    }
    if (now - seenAtNanos < limitNanos) {
      return;
    }
    synchronized (this) {
      if (phase.compareAndSet(p, p | OVERDUE)) {
        overdueAtNanos = now;
        thread.interrupt();
      }
    }
  }

  /**
   * Gives up on a call that was interrupted for overrunning its budget and has still not returned
   * {@link #GRACE} later: the agent's thread is left to itself, and if it ever returns it unwinds
   * without touching the run.
   *
   * @return the timeout fault to record, or empty if no call is that late
   */
  Optional<AgentFault> abandon() {
    long p = phase.get();
    if (p == ABANDONED
        || (p & OVERDUE) == 0
        || System.nanoTime() - overdueAtNanos < GRACE.toNanos()) {
      return Optional.empty();
    }
    synchronized (this) {
      if (!phase.compareAndSet(p, ABANDONED)) {
        return Optional.empty();
      }
    }
    watchdog.unwatch(this);
    return Optional.of(
        new AgentFault(
            participant,
            FaultKind.TIMEOUT,
            what
                + " did not return within its budget of "
                + limitMillis
                + " ms and ignored the interrupt; abandoned after a further "
                + GRACE.toMillis()
                + " ms"));
  }

  private static AgentFault exception(String participant, String what, Throwable e) {
    if (e instanceof AgentFault fault) {
      return fault;
    }
    if (e instanceof AgentFailure failure) {
      // An agent reporting its own fault kind (e.g. a plug-in process adapter): keep the kind.
      return new AgentFault(participant, failure.kind(), what + ": " + failure.getMessage());
    }
    return new AgentFault(
        participant,
        FaultKind.EXCEPTION,
        what
            + " threw "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }

  /** Whether these calls are watched: from their first budgeted call until closed or abandoned. */
  boolean isWatched() {
    return watchdog.watches(this);
  }

  @Override
  public void close() {
    watchdog.unwatch(this);
  }

  /** Unwinds the thread of an abandoned call, which must not touch the run again. */
  static final class Abandoned extends Error {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super("an abandoned agent call returned", null, false, false);
    }
  }
}
