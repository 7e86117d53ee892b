package dev.weft.component.types;

/** {@code map<K, V>}: gated behind the maps feature. */
public record MapType(ValueType key, ValueType value) implements ValueType {
}
