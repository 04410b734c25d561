package io.parley.live.rooms;

import io.parley.live.log.Log;
import io.parley.live.log.LoggedEvent;
import io.parley.live.tokens.Tokens;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A participant's live feed of one negotiation: every event it may see, in sequence order, each
 * once, starting after a given sequence number. Events pass the {@link Visibility} filter before
 * they reach the sink. A feed opened with a token closes, delivering nothing more, once the
 * negotiation's state no longer holds that token (revoked, or its participant invited again). Close
 * it when the reader goes away.
 */
public final class Subscription implements AutoCloseable {
  private final Viewer viewer;
  private final Optional<String> tokenHash;
  private final Consumer<SeenEvent> sink;
  private final Runnable onClose;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private long cursor;
  private boolean closed;

  Subscription(
      Viewer viewer,
      Optional<String> tokenHash,
      long after,
      Consumer<SeenEvent> sink,
      Runnable onClose) {
    this.viewer = viewer;
    this.tokenHash = tokenHash;
    this.cursor = after;
    this.sink = sink;
    this.onClose = onClose;
  }

  Viewer viewer() {
    return viewer;
  }

  /**
   * Delivers what {@code log} holds past the cursor; a sink that throws closes the feed, and so
   * does a token the log's state no longer holds (checked after the events are taken, so the state
   * is at least as new as they are: the event that revokes the token is not delivered).
   */
  synchronized void catchUp(Log log) {
    if (closed) {
      return;
    }
    List<LoggedEvent> events = log.eventsAfter(cursor);
    if (!admitted(log)) {
      close();
      return;
    }
    for (LoggedEvent event : events) {
      var seen = Visibility.see(viewer, event);
      cursor = event.seq();
      if (seen.isPresent()) {
        try {
          sink.accept(seen.get());
        } catch (RuntimeException e) {
          close();
          return;
        }
      }
    }
  }

  private boolean admitted(Log log) {
    if (tokenHash.isEmpty()) {
      return true;
    }
    String current;
    synchronized (log) {
      current = log.state().tokenHashes().get(viewer.participant());
    }
    return current != null && Tokens.same(current, tokenHash.get());
  }

  /** Runs {@code listener} when the feed closes (at once if it is closed). */
  public void whenClosed(Runnable listener) {
    boolean now;
    synchronized (this) {
      now = closed;
      if (!now) {
        listeners.add(listener);
      }
    }
    if (now) {
      listener.run();
    }
  }

  /** Whether the feed is closed. */
  public synchronized boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    onClose.run();
    listeners.forEach(Runnable::run);
  }
}
