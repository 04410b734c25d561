package io.parley.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.event.Event;
import io.parley.event.FaultKind;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.AgentFailure;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.OutcomeSpace;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A negotiator that is a child process speaking the plug-in protocol of docs/plugin-protocol.md:
 * one JSON object per line on its standard input and output.
 *
 * <p>The process starts when this object is made (so one that cannot start is a setup error, not a
 * fault), gets {@code start} with the party's own context, {@code observe} for every event
 * addressed to the party, and {@code act} when the protocol asks the party to move. This adapter
 * enforces its own reply deadline on every answer, independent of the engine's call budget: a child
 * that crashes, closes its output, hangs, answers garbage or breaks the protocol raises an {@link
 * AgentFailure} of kind {@link FaultKind#EXCEPTION}, {@link FaultKind#TIMEOUT} or {@link
 * FaultKind#INVALID_MOVE}, which the mechanism records as a fault of this seat, exactly as for a
 * built-in agent. The child is killed and reaped at the first fault, after the run's end event (it
 * gets {@code end} and a short grace to exit), on {@link #close()}, and at the latest when the JVM
 * exits.
 *
 * <p>One instance serves one seat in one run; calls come from one thread at a time.
 */
public final class ProcessNegotiator implements Negotiator, AutoCloseable {
  /** How long a child may take to exit by itself after {@code end}. */
  static final Duration EXIT_GRACE = Duration.ofSeconds(1);

  private enum State {
    /** Started, not yet sent {@code start}. */
    CREATED,
    /** Speaking the protocol. */
    RUNNING,
    /** Killed after a fault, after the end, or closed. */
    STOPPED
  }

  private final ChildProcess child;
  private final Duration replyTimeout;
  // Volatile: an engine that abandons a hung call may deliver the end from another thread.
  private volatile State state = State.CREATED;
  private OutcomeSpace space;
  private long lastId;

  private ProcessNegotiator(ChildProcess child, Duration replyTimeout) {
    this.child = child;
    this.replyTimeout = replyTimeout;
  }

  /**
   * Starts {@code command} (split into words like a shell does, but run without one).
   *
   * @param replyTimeout how long the child may take to answer {@code start} or {@code act}
   * @throws IllegalArgumentException if the command is malformed or cannot be started, naming it
   */
  public static ProcessNegotiator start(String command, Duration replyTimeout) {
    if (replyTimeout.isNegative() || replyTimeout.isZero()) {
      throw new IllegalArgumentException("reply timeout " + replyTimeout + " must be positive");
    }
    List<String> words;
    try {
      words = CommandWords.split(command);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("process agent '" + command + "': " + e.getMessage(), e);
    }
    ChildProcess child;
    try {
      child = ChildProcess.start(words);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "process agent '"
              + command
              + "' could not be started (working directory "
              + System.getProperty("user.dir")
              + "): "
              + e.getMessage(),
          e);
    }
    ProcessNegotiator agent = new ProcessNegotiator(child, replyTimeout);
    agent.awaitHello();
    return agent;
  }

  /**
   * Waits for the child's {@code hello}, which it writes as soon as it runs.
   *
   * @throws IllegalArgumentException if it exits, closes its output, stays silent past the reply
   *     deadline or says something else first: the agent did not start
   */
  private void awaitHello() {
    AgentFailure failure;
    try {
      JsonNode hello = await("hello", 0, "its launch with hello");
      try {
        ProtocolReplies.checkVersion(hello);
        return;
      } catch (AgentFailure e) {
        failure = fail(e.kind(), e.getMessage());
      }
    } catch (AgentFailure e) {
      failure = e;
    }
    throw new IllegalArgumentException("did not start: " + failure.getMessage(), failure);
  }

  /** The child process, for tests that check it is reaped. */
  ProcessHandle process() {
    return child.handle();
  }

  @Override
  public void start(NegotiatorContext context) {
    if (state != State.CREATED) {
      throw new IllegalStateException("start called twice on process agent " + child.command());
    }
    space = context.space();
    state = State.RUNNING;
    long id = ++lastId;
    send(ProtocolMessages.start(id, context, context.random().nextLong()));
    await("ready", id, "start");
  }

  @Override
  public void observe(Event event) {
    if (state != State.RUNNING) {
      return;
    }
    send(ProtocolMessages.observe(event, space));
    if (event.payload() instanceof Payload.Ended) {
      finish();
    }
  }

  @Override
  public Action act(Request request) {
    if (state != State.RUNNING) {
      throw new AgentFailure(
          FaultKind.EXCEPTION, "process agent " + child.command() + " is no longer running");
    }
    long id = ++lastId;
    send(ProtocolMessages.act(id, request, space));
    JsonNode reply = await("action", id, "act");
    try {
      return ProtocolReplies.action(reply, space);
    } catch (AgentFailure e) {
      throw fail(e.kind(), e.getMessage());
    }
  }

  /** Sends {@code end} if the child still speaks the protocol, then kills and reaps it. */
  @Override
  public void close() {
    if (state == State.RUNNING) {
      finish();
    } else {
      stop();
    }
  }

  private void finish() {
    try {
      child.send(ProtocolMessages.end());
    } catch (IOException e) {
      // It is ending anyway; the kill below applies.
    }
    state = State.STOPPED;
    child.finish(EXIT_GRACE);
  }

  private void stop() {
    state = State.STOPPED;
    child.kill();
  }

  private void send(String line) {
    try {
      child.send(line);
    } catch (IOException e) {
      throw fail(FaultKind.EXCEPTION, "could not be written to (" + e.getMessage() + ")");
    }
  }

  private JsonNode await(String type, long id, String what) {
    Optional<ChildProcess.Line> line;
    try {
      line = child.next(replyTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail(
          FaultKind.TIMEOUT, "was interrupted while Parley waited for its " + what + " reply");
    }
    if (line.isEmpty()) {
      throw fail(
          FaultKind.TIMEOUT,
          "did not answer "
              + what
              + " within its reply deadline of "
              + replyTimeout.toMillis()
              + " ms");
    }
    if (line.get() instanceof ChildProcess.Line.Closed) {
      throw fail(FaultKind.EXCEPTION, "closed its standard output instead of answering " + what);
    }
    if (line.get() instanceof ChildProcess.Line.Overlong overlong) {
      throw fail(
          FaultKind.INVALID_MOVE,
          "answered "
              + what
              + " with a line of "
              + overlong.length()
              + " characters, over the limit of "
              + ChildProcess.MAX_LINE);
    }
    try {
      return ProtocolReplies.reply(((ChildProcess.Line.Text) line.get()).text(), type, id);
    } catch (AgentFailure e) {
      throw fail(e.kind(), e.getMessage());
    }
  }

  /** Kills the child and describes the fault, with its exit code and last error lines. */
  private AgentFailure fail(FaultKind kind, String detail) {
    Optional<Integer> exit = child.exitCode(Duration.ofMillis(200));
    stop();
    StringBuilder message = new StringBuilder("process agent '" + child.command() + "' " + detail);
    exit.ifPresent(code -> message.append("; it exited with code ").append(code));
    String errors = child.stderrTail();
    if (!errors.isEmpty()) {
      message.append("; its standard error ended: ").append(errors);
    }
    return new AgentFailure(kind, message.toString());
  }
}
