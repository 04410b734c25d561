package io.parley.session;

import java.util.List;

/** The sessions of a negotiation, in order; rounds are numbered across sessions from 1. */
public record Timeline(List<Session> sessions) {

  /**
   * @throws IllegalArgumentException if there is no session
   */
  public Timeline {
    sessions = List.copyOf(sessions);
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("a timeline needs at least one session");
    }
  }

  /** One plenary session of {@code rounds} rounds. */
  public static Timeline single(int rounds) {
    return new Timeline(List.of(Session.plenary("talks", rounds)));
  }

  /** The total number of rounds. Asked at every step of a run, so it allocates nothing. */
  public int rounds() {
    int rounds = 0;
    for (Session session : sessions) {
      rounds += session.rounds();
    }
    return rounds;
  }

  /** The session holding round {@code round} (from 1). */
  public Session sessionOf(int round) {
    int end = 0;
    for (Session session : sessions) {
      end += session.rounds();
      if (round <= end) {
        return session;
      }
    }
    throw new IllegalArgumentException("round " + round + " is after the last session");
  }

  /** Whether {@code round} is the first round of its session. */
  public boolean opensSession(int round) {
    int start = 1;
    for (Session session : sessions) {
      if (round == start) {
        return true;
      }
      start += session.rounds();
    }
    return false;
  }

  /** Whether {@code round} is the last round of its session. */
  public boolean closesSession(int round) {
    int end = 0;
    for (Session session : sessions) {
      end += session.rounds();
      if (round == end) {
        return true;
      }
    }
    return false;
  }

  /** The session after the one holding {@code round}, if any. */
  public java.util.Optional<Session> nextAfter(int round) {
    int end = 0;
    for (int i = 0; i < sessions.size(); i++) {
      end += sessions.get(i).rounds();
      if (round <= end) {
        return i + 1 < sessions.size()
            ? java.util.Optional.of(sessions.get(i + 1))
            : java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }
}
