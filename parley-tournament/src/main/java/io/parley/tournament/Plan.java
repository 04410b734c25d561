package io.parley.tournament;

import io.parley.protocol.ProtocolKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The negotiations of a tournament, in a fixed order: by scenario, protocol, mediator, seating and
 * repetition. Made by {@link Tournament#plan}. A plan does not hold its negotiations: {@link
 * #get(long)} computes any of them from its index, so a plan of millions costs a few kilobytes and
 * can be split across threads or machines by index range. Immutable and thread-safe.
 */
public final class Plan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The negotiations of one scenario, protocol and mediator; {@code offset} is the first index. */
  record Block(
      ScenarioRef scenario,
      List<String> parties,
      ProtocolKind protocol,
      String mediator,
      int[][] seatings,
      long offset)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    long size(int repetitions) {
      return (long) seatings.length * repetitions;
    }
  }

  private final TournamentConfig config;
  private final List<Block> blocks;
  private final List<String> notes;
  private final long size;
  private final int maxParties;

  Plan(TournamentConfig config, List<Block> blocks, List<String> notes) {
    this.config = config;
    this.blocks = List.copyOf(blocks);
    this.notes = List.copyOf(notes);
    long total = 0;
    int parties = 0;
    for (Block block : blocks) {
      total += block.size(config.repetitions());
      parties = Math.max(parties, block.parties().size());
    }
    this.size = total;
    this.maxParties = parties;
  }

  public TournamentConfig config() {
    return config;
  }

  /** How many negotiations the plan holds. */
  public long size() {
    return size;
  }

  /** The most negotiating parties of any scenario: the number of seat columns in results. */
  public int maxParties() {
    return maxParties;
  }

  /** What was left out and why (a mediated protocol on a scenario without a mediator). */
  public List<String> notes() {
    return notes;
  }

  /** The scenarios with the number of negotiations of each, in plan order. */
  public List<ScenarioRef> scenarios() {
    List<ScenarioRef> result = new ArrayList<>();
    for (Block block : blocks) {
      if (!result.contains(block.scenario())) {
        result.add(block.scenario());
      }
    }
    return result;
  }

  /**
   * The negotiation at {@code index}.
   *
   * @throws IndexOutOfBoundsException outside {@code [0, size())}
   */
  public PlannedNegotiation get(long index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("negotiation " + index + " of a plan of " + size);
    }
    int lo = 0;
    int hi = blocks.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (blocks.get(mid).offset() <= index) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    Block block = blocks.get(lo);
    long local = index - block.offset();
    int repetitions = config.repetitions();
    int[] seating = block.seatings()[(int) (local / repetitions)];
    int repetition = (int) (local % repetitions) + 1;
    List<Seat> seats = new ArrayList<>(seating.length);
    for (int role = 0; role < seating.length; role++) {
      seats.add(
          new Seat(block.parties().get(role), config.competitors().get(seating[role]).name()));
    }
    String key =
        NegotiationKeys.key(
            block.scenario().id(), block.protocol(), block.mediator(), seats, repetition);
    return new PlannedNegotiation(
        index,
        key,
        block.scenario(),
        block.protocol(),
        block.mediator(),
        seats,
        repetition,
        NegotiationKeys.seed(config.seed(), key));
  }

  /** The negotiations with indices in {@code [from, to)}, in order, computed as they are read. */
  public Iterator<PlannedNegotiation> iterator(long from, long to) {
    if (from < 0 || to > size || from > to) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of a plan of " + size);
    }
    return new Iterator<>() {
      private long next = from;

      @Override
      public boolean hasNext() {
        return next < to;
      }

      @Override
      public PlannedNegotiation next() {
        if (next >= to) {
          throw new NoSuchElementException();
        }
        return get(next++);
      }
    };
  }

  /** Every negotiation, in order, computed as the stream is read. */
  public Stream<PlannedNegotiation> stream() {
    return StreamSupport.stream(
        Spliterators.spliterator(
            iterator(0, size), size, Spliterator.ORDERED | Spliterator.IMMUTABLE),
        false);
  }
}
