package io.parley.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The ways of tampering with a store's database behind Parley's back that its verification must
 * catch, each done with plain SQL as someone with write access to the database but without the log
 * key would. Shared (as the store's test jar) by the store's, the server's and {@code parley
 * verify-log}'s tests.
 *
 * <p>Each applies to a {@code target} negotiation holding at least four events, one of them of type
 * {@value #CONFIDED}; {@link #SWAP_BETWEEN_NEGOTIATIONS} also changes {@code other}, which holds at
 * least two.
 */
public enum Tampering {
  /** Changes the payload of event 2. */
  EDIT {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      sql.update(
          "UPDATE events SET payload = payload || ' ' WHERE negotiation = ? AND sequence = 2",
          target);
    }
  },
  /** Swaps events 2 and 3. */
  REORDER {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      sql.update("UPDATE events SET sequence = -2 WHERE negotiation = ? AND sequence = 2", target);
      sql.update("UPDATE events SET sequence = 2 WHERE negotiation = ? AND sequence = 3", target);
      sql.update("UPDATE events SET sequence = 3 WHERE negotiation = ? AND sequence = -2", target);
    }
  },
  /** Deletes event 2. */
  DELETE_MIDDLE {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      sql.update("DELETE FROM events WHERE negotiation = ? AND sequence = 2", target);
    }
  },
  /** Deletes the last event, leaving the head as it was. */
  DELETE_LAST {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      sql.update(
          "DELETE FROM events WHERE negotiation = ? AND sequence = ?", target, sql.last(target));
    }
  },
  /** Deletes the last event and moves the head back to the genuine event before it. */
  TRUNCATE_WITH_HEAD_MOVED_BACK {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      long last = sql.last(target);
      sql.update("DELETE FROM events WHERE negotiation = ? AND sequence = ?", target, last);
      sql.update(
          "UPDATE negotiations SET last_sequence = ?, last_hash = ? WHERE id = ?",
          last - 1,
          sql.event(target, last - 1).hash(),
          target);
    }
  },
  /**
   * Edits event 2 and rehashes it and every later event, and the head, with a key of the tamperer's
   * own (keeping the genuine key's id): the chain links up, but not under the real key.
   */
  FULL_REHASH_WITHOUT_THE_KEY {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      EDIT.tamper(sql, target, other);
      String previous = sql.event(target, 1).hash();
      long last = sql.last(target);
      for (long sequence = 2; sequence <= last; sequence++) {
        StoredEvent event = sql.event(target, sequence);
        String hash = forge(event, previous);
        sql.update(
            "UPDATE events SET previous_hash = ?, hash = ? WHERE negotiation = ? AND sequence = ?",
            previous,
            hash,
            target,
            sequence);
        previous = hash;
      }
      String keyId = sql.event(target, last).keyId().orElseThrow();
      sql.update(
          "UPDATE negotiations SET last_hash = ?, head_seal = ? WHERE id = ?",
          previous,
          keyId + ":" + Seals.head(TAMPERER, target, last, previous).split(":")[1],
          target);
    }
  },
  /** Inserts a forged event after the last, hashed without the key, leaving the head. */
  INSERT {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      long last = sql.last(target);
      StoredEvent copy = sql.event(target, last);
      StoredEvent forged =
          new StoredEvent(
              target,
              last + 1,
              "forged-1",
              copy.time(),
              copy.type(),
              copy.actor(),
              copy.recipients(),
              copy.payload(),
              copy.hash(),
              "",
              copy.keyId());
      sql.insert(
          new StoredEvent(
              target,
              last + 1,
              "forged-1",
              copy.time(),
              copy.type(),
              copy.actor(),
              copy.recipients(),
              copy.payload(),
              copy.hash(),
              forge(forged, copy.hash()),
              copy.keyId()));
    }
  },
  /** Appends a copy of event 2 after the last and moves the head to it. */
  DUPLICATE {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      long last = sql.last(target);
      StoredEvent copy = sql.event(target, 2);
      sql.insert(
          new StoredEvent(
              target,
              last + 1,
              copy.clientId() + "-again",
              copy.time(),
              copy.type(),
              copy.actor(),
              copy.recipients(),
              copy.payload(),
              copy.previousHash(),
              copy.hash(),
              copy.keyId()));
      sql.update(
          "UPDATE negotiations SET last_sequence = ?, last_hash = ? WHERE id = ?",
          last + 1,
          copy.hash(),
          target);
    }
  },
  /** Swaps event 2 of the target with event 2 of the other negotiation. */
  SWAP_BETWEEN_NEGOTIATIONS {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      sql.update(
          "UPDATE events SET sequence = -2, client_id = 'swap-' || client_id"
              + " WHERE negotiation = ? AND sequence = 2",
          target);
      sql.update(
          "UPDATE events SET negotiation = ? WHERE negotiation = ? AND sequence = 2",
          target,
          other);
      sql.update(
          "UPDATE events SET negotiation = ?, sequence = 2, client_id = SUBSTRING(client_id, 6)"
              + " WHERE negotiation = ? AND sequence = -2",
          other,
          target);
    }
  },
  /** Deletes the target negotiation whole: its events and its head. */
  DELETE_NEGOTIATION {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      sql.updateAny("DELETE FROM events WHERE negotiation = ?", target);
      sql.update("DELETE FROM negotiations WHERE id = ?", target);
    }
  },
  /** Rewrites the head to claim one event more, sealed with a key of the tamperer's own. */
  FORGED_HEAD {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      long last = sql.last(target);
      String hash = forge(sql.event(target, last), sql.event(target, last).hash());
      String keyId = sql.event(target, last).keyId().orElseThrow();
      sql.update(
          "UPDATE negotiations SET last_sequence = ?, last_hash = ?, head_seal = ? WHERE id = ?",
          last + 1,
          hash,
          keyId + ":" + Seals.head(TAMPERER, target, last + 1, hash).split(":")[1],
          target);
    }
  },
  /** Changes the numbers in the payload of a confided-preferences event (its weights). */
  EDIT_CONFIDED_PREFERENCES {
    @Override
    void tamper(Sql sql, String target, String other) throws SQLException {
      sql.update(
          "UPDATE events SET payload = REPLACE(payload, '0.', '0.0')"
              + " WHERE negotiation = ? AND type = ? AND payload LIKE '%0.%'"
              + " AND sequence = (SELECT MIN(sequence) FROM events"
              + " WHERE negotiation = ? AND type = ?)",
          target, CONFIDED, target, CONFIDED);
    }
  };

  /** The type of the event that confides a party's preferences. */
  public static final String CONFIDED = "preferences-confided";

  /** The tamperer's own key: any key but the store's. */
  static final LogKey TAMPERER = LogKeys.generate(new SplittableRandom(666)).current();

  abstract void tamper(Sql sql, String target, String other) throws SQLException;

  /**
   * Tampers with the database at {@code jdbcUrl} (which the store may hold open in this process).
   *
   * @throws AssertionError if a statement did not change what it should have
   */
  public void apply(String jdbcUrl, String target, String other) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
      tamper(new Sql(connection), target, other);
    } catch (SQLException e) {
      throw new IllegalStateException("could not tamper (" + this + "): " + e.getMessage(), e);
    }
  }

  /** Whether this tampering changes the other negotiation too. */
  public boolean breaksOther() {
    return this == SWAP_BETWEEN_NEGOTIATIONS;
  }

  /** Whether this tampering removes the target from the store (the ledger finds it). */
  public boolean deletesTarget() {
    return this == DELETE_NEGOTIATION;
  }

  private static String forge(StoredEvent event, String previous) {
    return EventHashes.hash(
        TAMPERER,
        previous,
        event.negotiation(),
        event.sequence(),
        event.clientId(),
        event.time(),
        event.type(),
        event.actor(),
        event.recipients(),
        event.payload());
  }

  /** Statements on the tampered database. */
  static final class Sql {
    private final Connection connection;

    Sql(Connection connection) {
      this.connection = connection;
    }

    /** Runs {@code sql}, which must change exactly one row. */
    void update(String sql, Object... arguments) throws SQLException {
      int changed = updateAny(sql, arguments);
      if (changed != 1) {
        throw new AssertionError(changed + " rows changed by " + sql + " " + List.of(arguments));
      }
    }

    int updateAny(String sql, Object... arguments) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < arguments.length; i++) {
          statement.setObject(i + 1, arguments[i]);
        }
        return statement.executeUpdate();
      }
    }

    long last(String negotiation) throws SQLException {
      try (PreparedStatement statement =
          connection.prepareStatement("SELECT MAX(sequence) FROM events WHERE negotiation = ?")) {
        statement.setString(1, negotiation);
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    }

    StoredEvent event(String negotiation, long sequence) throws SQLException {
      List<StoredEvent> events = EventTable.range(connection, negotiation, sequence - 1, sequence);
      if (events.isEmpty()) {
        throw new AssertionError("negotiation " + negotiation + " has no event " + sequence);
      }
      return events.get(0);
    }

    void insert(StoredEvent event) throws SQLException {
      EventTable.insertAll(connection, List.of(event));
    }
  }
}
