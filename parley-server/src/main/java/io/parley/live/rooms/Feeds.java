package io.parley.live.rooms;

import io.parley.live.log.Log;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The open live feeds ({@link Subscription}s) of every negotiation. After each stored event the
 * negotiation's feeds catch up on one background thread, so a slow reader never holds up a move.
 */
public final class Feeds implements AutoCloseable {
  private final Map<String, Set<Subscription>> open = new ConcurrentHashMap<>();
  private final ExecutorService delivery =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "parley-stream");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * Opens a feed for {@code viewer}, delivering at once what {@code log} holds after {@code after}.
   *
   * @param tokenHash the hash of the token that opened it, if a person's token did: the feed closes
   *     once the log's state no longer holds it
   */
  public Subscription subscribe(
      Log log, Viewer viewer, Optional<String> tokenHash, long after, Consumer<SeenEvent> sink) {
    Set<Subscription> set = open.computeIfAbsent(log.id(), id -> new CopyOnWriteArraySet<>());
    Subscription[] holder = new Subscription[1];
    holder[0] =
        new Subscription(viewer, tokenHash, Math.max(0, after), sink, () -> set.remove(holder[0]));
    set.add(holder[0]);
    holder[0].catchUp(log);
    return holder[0];
  }

  /** Lets the feeds of {@code log}'s negotiation catch up, in the background. */
  public void announce(Log log) {
    if (delivery.isShutdown()) {
      return;
    }
    delivery.execute(
        () -> {
          for (Subscription subscription : open.getOrDefault(log.id(), Set.of())) {
            subscription.catchUp(log);
          }
        });
  }

  /** Closes every feed of negotiation {@code negotiation} (quarantined). */
  public void closeAll(String negotiation) {
    Set<Subscription> set = open.remove(negotiation);
    if (set != null) {
      List.copyOf(set).forEach(Subscription::close);
    }
  }

  @Override
  public void close() {
    delivery.shutdownNow();
    open.values().forEach(set -> List.copyOf(set).forEach(Subscription::close));
  }
}
