package io.parley.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.codec.Json;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (OpenAPI 3.0 dialect) of an answer written from a typed record, generated from
 * the record's components as Jackson writes them: strings, integers, booleans, lists and nested
 * records. The OpenAPI document's schemas of the typed answers ({@link #TYPED}) come from here, so
 * a component added to a record appears in the document.
 */
final class RecordSchema {
  /** The typed answers the document describes, by schema name. */
  static final Map<String, Class<? extends Record>> TYPED =
      Map.of(
          "DayTimeline", io.parley.live.rooms.DayTimeline.class,
          "AnswerGrid", io.parley.live.rooms.AnswerGrid.class,
          "AgreementSheet", io.parley.live.rooms.AgreementSheet.class,
          "DayView", io.parley.live.rooms.DayView.class);

  private RecordSchema() {}

  /** The schema of {@code type}, a record. */
  static ObjectNode of(Class<? extends Record> type) {
    ObjectNode schema = Json.MAPPER.createObjectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    for (RecordComponent component : type.getRecordComponents()) {
      properties.set(component.getName(), schema(component.getGenericType()));
    }
    return schema;
  }

  @SuppressWarnings("unchecked")
  private static ObjectNode schema(Type type) {
    ObjectNode schema = Json.MAPPER.createObjectNode();
    if (type == String.class) {
      return schema.put("type", "string").put("nullable", true);
    }
    if (type == int.class || type == long.class) {
      return schema.put("type", "integer");
    }
    if (type == Integer.class || type == Long.class) {
      return schema.put("type", "integer").put("nullable", true);
    }
    if (type == boolean.class) {
      return schema.put("type", "boolean");
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      schema.put("type", "array");
      schema.set("items", schema(list.getActualTypeArguments()[0]));
      return schema.put("nullable", true);
    }
    if (type instanceof Class<?> nested && nested.isRecord()) {
      ObjectNode object = of((Class<? extends Record>) nested);
      return object.put("nullable", true);
    }
    throw new IllegalStateException("no schema for the record component type " + type);
  }
}
