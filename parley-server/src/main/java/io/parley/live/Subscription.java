package io.parley.live;

import java.util.function.Consumer;

/**
 * A participant's live feed of one negotiation: every event it may see, in sequence order, each
 * once, starting after a given sequence number. Events pass the {@link Visibility} filter before
 * they reach the sink. Close it when the reader goes away.
 */
public final class Subscription implements AutoCloseable {
  private final Viewer viewer;
  private final Consumer<SeenEvent> sink;
  private final Runnable onClose;
  private long cursor;
  private boolean closed;

  Subscription(Viewer viewer, long after, Consumer<SeenEvent> sink, Runnable onClose) {
    this.viewer = viewer;
    this.cursor = after;
    this.sink = sink;
    this.onClose = onClose;
  }

  Viewer viewer() {
    return viewer;
  }

  /** Delivers what {@code log} holds past the cursor; a sink that throws closes the feed. */
  synchronized void catchUp(Log log) {
    if (closed) {
      return;
    }
    for (LoggedEvent event : log.eventsAfter(cursor)) {
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
  }
}
