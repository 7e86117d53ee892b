package dev.weft.app.keyvalue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.MVMap;

/** One store label in an {@link EmbeddedKeyValueFile}; list cursors are the last key of the previous page. */
final class EmbeddedBackend implements KeyValueBackend {
    private final EmbeddedKeyValueFile file;
    private final MVMap<String, byte[]> map;
    private final int pageSize;

    EmbeddedBackend(EmbeddedKeyValueFile file, MVMap<String, byte[]> map, int pageSize) {
        this.file = file;
        this.map = map;
        this.pageSize = pageSize;
    }

    @Override
    public Optional<byte[]> get(String key) {
        byte[] v = map.get(key);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    @Override
    public synchronized void set(String key, byte[] value) throws KeyValueException {
        map.put(key, value.clone());
        file.commit();
    }

    @Override
    public synchronized void delete(String key) throws KeyValueException {
        if (map.remove(key) != null) {
            file.commit();
        }
    }

    @Override
    public boolean exists(String key) {
        return map.containsKey(key);
    }

    @Override
    public KeyPage listKeys(Optional<String> cursor) {
        String from = cursor.isPresent() ? map.higherKey(cursor.get()) : map.firstKey();
        List<String> keys = new ArrayList<>();
        if (from != null) {
            Iterator<String> it = map.keyIterator(from);
            while (it.hasNext() && keys.size() < pageSize) {
                keys.add(it.next());
            }
        }
        boolean more = !keys.isEmpty() && map.higherKey(keys.get(keys.size() - 1)) != null;
        return new KeyPage(keys, more ? Optional.of(keys.get(keys.size() - 1)) : Optional.empty());
    }

    @Override
    public synchronized long increment(String key, long delta) throws KeyValueException {
        long next = KeyValueBackend.counterValue(key, get(key)) + delta;
        map.put(key, Long.toString(next).getBytes(StandardCharsets.US_ASCII));
        file.commit();
        return next;
    }

    @Override
    public synchronized boolean compareAndSwap(String key, Optional<byte[]> expected, byte[] value)
            throws KeyValueException {
        byte[] current = map.get(key);
        boolean same = expected.isEmpty() ? current == null : current != null && Arrays.equals(current, expected.get());
        if (!same) {
            return false;
        }
        map.put(key, value.clone());
        file.commit();
        return true;
    }

    @Override
    public void close() {
        // the file is closed by its owner
    }
}
