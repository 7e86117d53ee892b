package dev.weft.app.keyvalue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One key-value store (a {@code wasi:keyvalue} bucket): byte values under string keys. Implementations are
 * thread-safe. {@link #increment} keeps counters as decimal ASCII text (as Redis {@code INCRBY}), so both backends
 * agree on a counter's bytes.
 */
public interface KeyValueBackend extends AutoCloseable {
    Optional<byte[]> get(String key) throws KeyValueException;

    void set(String key, byte[] value) throws KeyValueException;

    /** Deletes {@code key}; deleting a missing key is not an error. */
    void delete(String key) throws KeyValueException;

    boolean exists(String key) throws KeyValueException;

    /** A page of keys; {@code cursor} is empty for the first page, else one a previous page returned. */
    KeyPage listKeys(Optional<String> cursor) throws KeyValueException;

    /** Adds {@code delta} to the counter at {@code key} (missing = 0) and returns the new value. */
    long increment(String key, long delta) throws KeyValueException;

    /**
     * Sets {@code key} to {@code value} only if its current value is {@code expected} (empty = absent); atomic with
     * respect to every other writer of the store, including other processes for a shared backend.
     */
    boolean compareAndSwap(String key, Optional<byte[]> expected, byte[] value) throws KeyValueException;

    default List<Optional<byte[]>> getMany(List<String> keys) throws KeyValueException {
        List<Optional<byte[]>> out = new ArrayList<>();
        for (String k : keys) {
            out.add(get(k));
        }
        return out;
    }

    default void setMany(List<Map.Entry<String, byte[]>> entries) throws KeyValueException {
        for (var e : entries) {
            set(e.getKey(), e.getValue());
        }
    }

    default void deleteMany(List<String> keys) throws KeyValueException {
        for (String k : keys) {
            delete(k);
        }
    }

    @Override
    void close();

    /** Parses a stored counter. */
    static long counterValue(String key, Optional<byte[]> stored) throws KeyValueException {
        if (stored.isEmpty()) {
            return 0;
        }
        String text = new String(stored.get(), java.nio.charset.StandardCharsets.US_ASCII);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new KeyValueException("value of key '" + key + "' is not an integer");
        }
    }
}
