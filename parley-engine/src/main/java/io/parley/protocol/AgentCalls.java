package io.parley.protocol;

import io.parley.event.FaultKind;
import io.parley.negotiator.AgentFailure;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Calls into participants' agents with isolation: an exception becomes an {@link AgentFault}; with
 * a time budget, each call runs on a worker thread and one that does not return in time becomes a
 * timeout fault (the worker is abandoned and replaced). Without a budget, calls run directly on the
 * caller's thread, which is much faster but cannot stop an agent that hangs.
 */
final class AgentCalls implements AutoCloseable {
  private final Duration budget;
  private ExecutorService worker;

  AgentCalls(Duration budget) {
    this.budget = budget;
  }

  <T> T call(String participant, String what, Supplier<T> body) {
    if (budget.isZero()) {
      try {
        return body.get();
      } catch (RuntimeException | Error e) {
        throw exception(participant, what, e);
      }
    }
    if (worker == null) {
      worker = Executors.newSingleThreadExecutor(AgentCalls::daemon);
    }
    Future<T> future = worker.submit(body::get);
    try {
      return future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow();
      worker = null;
      throw new AgentFault(
          participant,
          FaultKind.TIMEOUT,
          what + " did not return within its budget of " + budget.toMillis() + " ms");
    } catch (ExecutionException e) {
      throw exception(participant, what, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AgentFault(participant, FaultKind.TIMEOUT, what + " was interrupted");
    }
  }

  void run(String participant, String what, Runnable body) {
    call(
        participant,
        what,
        () -> {
          body.run();
          return null;
        });
  }

  private static AgentFault exception(String participant, String what, Throwable e) {
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

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "parley-agent");
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.shutdownNow();
    }
  }
}
