package dev.weft.testkit.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed JSON value (for the fixtures' small JSON files: run cases, reference results). */
public sealed interface Json {
    /** JSON object; member order is kept. */
    record JsonObject(Map<String, Json> members) implements Json {
        public JsonObject {
            members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        /** The member {@code name}, or {@link JsonNull} when absent. */
        public Json get(String name) {
            return members.getOrDefault(name, JsonNull.INSTANCE);
        }
    }

    /** JSON array. */
    record JsonArray(List<Json> elements) implements Json {
        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    /** JSON string. */
    record JsonString(String value) implements Json {
    }

    /** JSON number, kept as its text so that no precision is lost. */
    record JsonNumber(String text) implements Json {
        public long asLong() {
            return Long.parseLong(text);
        }
    }

    /** JSON true/false. */
    record JsonBool(boolean value) implements Json {
    }

    /** JSON null (also what {@link JsonObject#get} returns for an absent member). */
    enum JsonNull implements Json {
        INSTANCE
    }

    /** This value as a string; fails with the value's kind otherwise. */
    default String asString() {
        if (this instanceof JsonString s) {
            return s.value();
        }
        throw new IllegalStateException("expected a JSON string, found " + this);
    }

    /** This value as an object. */
    default JsonObject asObject() {
        if (this instanceof JsonObject o) {
            return o;
        }
        throw new IllegalStateException("expected a JSON object, found " + this);
    }

    /** This value's elements; an absent value (null) counts as an empty array. */
    default List<Json> asList() {
        if (this instanceof JsonArray a) {
            return a.elements();
        }
        if (this instanceof JsonNull) {
            return List.of();
        }
        throw new IllegalStateException("expected a JSON array, found " + this);
    }

    /** This value as a boolean; absent (null) is false. */
    default boolean asBoolean() {
        if (this instanceof JsonBool b) {
            return b.value();
        }
        if (this instanceof JsonNull) {
            return false;
        }
        throw new IllegalStateException("expected a JSON boolean, found " + this);
    }

    /** Whether this is null or absent. */
    default boolean isNull() {
        return this instanceof JsonNull;
    }
}
