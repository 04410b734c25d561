package io.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code events} table: statements and the mapping between rows and {@link StoredEvent}s.
 * Recipients are stored as a JSON array of strings; times as {@code TIMESTAMP(6) WITH TIME ZONE},
 * which holds the store's microsecond-truncated instants exactly on H2 and PostgreSQL.
 */
final class EventTable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final String COLUMNS =
      "negotiation, sequence, client_id, time, type, actor, recipients, payload, previous_hash,"
          + " hash, key_id";

  private EventTable() {}

  /** Inserts {@code events} with one JDBC batch. */
  static void insertAll(Connection connection, List<StoredEvent> events) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (StoredEvent event : events) {
        statement.setString(1, event.negotiation());
        statement.setLong(2, event.sequence());
        statement.setString(3, event.clientId());
        statement.setObject(4, OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC));
        statement.setString(5, event.type());
        statement.setString(6, event.actor());
        statement.setString(7, recipientsJson(event.recipients()));
        statement.setString(8, event.payload());
        statement.setString(9, event.previousHash());
        statement.setString(10, event.hash());
        statement.setString(11, event.keyId().orElse(null));
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** The events {@code negotiation} stored under any of {@code clientIds}, by client id. */
  static Map<String, StoredEvent> byClientIds(
      Connection connection, String negotiation, Collection<String> clientIds) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(clientIds.size(), "?"));
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM events WHERE negotiation = ? AND client_id IN ("
                + marks
                + ")")) {
      statement.setString(1, negotiation);
      int index = 2;
      for (String clientId : clientIds) {
        statement.setString(index++, clientId);
      }
      Map<String, StoredEvent> events = new HashMap<>();
      list(statement).forEach(event -> events.put(event.clientId(), event));
      return events;
    }
  }

  /** {@code negotiation}'s events with {@code after < sequence <= upTo}, in sequence order. */
  static List<StoredEvent> range(Connection connection, String negotiation, long after, long upTo)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM events WHERE negotiation = ? AND sequence > ? AND sequence <= ?"
                + " ORDER BY sequence")) {
      statement.setString(1, negotiation);
      statement.setLong(2, after);
      statement.setLong(3, upTo);
      return list(statement);
    }
  }

  private static List<StoredEvent> list(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      List<StoredEvent> events = new ArrayList<>();
      while (rows.next()) {
        events.add(
            new StoredEvent(
                rows.getString(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getObject(4, OffsetDateTime.class).toInstant(),
                rows.getString(5),
                rows.getString(6),
                recipients(rows.getString(7), rows.getLong(2)),
                rows.getString(8),
                rows.getString(9),
                rows.getString(10),
                Optional.ofNullable(rows.getString(11))));
      }
      return events;
    }
  }

  private static String recipientsJson(List<String> recipients) {
    try {
      return JSON.writeValueAsString(recipients);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("recipients " + recipients + " cannot be written as JSON", e);
    }
  }

  private static List<String> recipients(String json, long sequence) throws SQLException {
    try {
      List<String> recipients = JSON.readValue(json, STRINGS);
      if (recipients == null || recipients.contains(null)) {
        throw new SQLException("null recipient");
      }
      return recipients;
    } catch (JsonProcessingException | SQLException e) {
      throw new UnreadableEventException(
          sequence, "its recipients are not a JSON array of strings: " + json, e);
    }
  }

  /** A stored row that cannot be read back as an event (changed by hand after it was stored). */
  static final class UnreadableEventException extends SQLException {
    private static final long serialVersionUID = 1L;
    private final long sequence;

    UnreadableEventException(long sequence, String problem, Throwable cause) {
      super(problem, cause);
      this.sequence = sequence;
    }

    /** The sequence of the unreadable event. */
    long sequence() {
      return sequence;
    }
  }
}
