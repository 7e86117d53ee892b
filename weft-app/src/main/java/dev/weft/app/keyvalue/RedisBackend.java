package dev.weft.app.keyvalue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * A store kept in Redis (Jedis client, pooled): key {@code k} is Redis key {@code prefix + k}. Counters use
 * {@code INCRBY}; compare-and-swap is one Lua script, so it is atomic across every client of the server. List
 * cursors are Redis {@code SCAN} cursors (a key may be listed twice while the keyspace changes, as SCAN says).
 */
public final class RedisBackend implements KeyValueBackend {
    private static final byte[] CAS_SCRIPT = ("local cur = redis.call('GET', KEYS[1]) "
            + "if ARGV[1] == '0' then if cur then return 0 end "
            + "elseif cur ~= ARGV[2] then return 0 end "
            + "redis.call('SET', KEYS[1], ARGV[3]) return 1").getBytes(StandardCharsets.US_ASCII);

    private final RedisClient client;
    private final String prefix;
    private final int pageSize;

    private RedisBackend(RedisClient client, String prefix, int pageSize) {
        this.client = client;
        this.prefix = prefix;
        this.pageSize = pageSize;
    }

    /** Connects to {@code redis://host:port[/db]}; fails at once when the server does not answer. */
    public static RedisBackend connect(URI url, String prefix, int pageSize) throws KeyValueException {
        RedisClient client;
        try {
            client = RedisClient.create(url);
            client.ping();
        } catch (JedisException | IllegalArgumentException e) {
            throw new KeyValueException("cannot reach Redis at " + url + ": " + e.getMessage(), e);
        }
        return new RedisBackend(client, prefix, pageSize);
    }

    private byte[] k(String key) {
        return (prefix + key).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<byte[]> get(String key) throws KeyValueException {
        try {
            return Optional.ofNullable(client.get(k(key)));
        } catch (JedisException e) {
            throw failure("get", e);
        }
    }

    @Override
    public void set(String key, byte[] value) throws KeyValueException {
        try {
            client.set(k(key), value);
        } catch (JedisException e) {
            throw failure("set", e);
        }
    }

    @Override
    public void delete(String key) throws KeyValueException {
        try {
            client.del(k(key));
        } catch (JedisException e) {
            throw failure("delete", e);
        }
    }

    @Override
    public boolean exists(String key) throws KeyValueException {
        try {
            return client.exists(k(key));
        } catch (JedisException e) {
            throw failure("exists", e);
        }
    }

    @Override
    public KeyPage listKeys(Optional<String> cursor) throws KeyValueException {
        String start = cursor.orElse(ScanParams.SCAN_POINTER_START);
        if (!start.chars().allMatch(Character::isDigit) || start.isEmpty()) {
            throw new KeyValueException("invalid list-keys cursor '" + start + "'");
        }
        try {
            ScanParams params = new ScanParams().count(pageSize).match(escapeGlob(prefix) + "*");
            ScanResult<String> page = client.scan(start, params);
            List<String> keys = new ArrayList<>();
            for (String key : page.getResult()) {
                keys.add(key.substring(prefix.length()));
            }
            return new KeyPage(keys, page.isCompleteIteration() ? Optional.empty() : Optional.of(page.getCursor()));
        } catch (JedisException e) {
            throw failure("list-keys", e);
        }
    }

    @Override
    public long increment(String key, long delta) throws KeyValueException {
        try {
            return client.incrBy(k(key), delta);
        } catch (JedisException e) {
            throw failure("increment", e);
        }
    }

    @Override
    public boolean compareAndSwap(String key, Optional<byte[]> expected, byte[] value) throws KeyValueException {
        try {
            Object r = client.eval(CAS_SCRIPT, List.of(k(key)), List.of(
                    (expected.isPresent() ? "1" : "0").getBytes(StandardCharsets.US_ASCII),
                    expected.orElse(new byte[0]), value));
            return r instanceof Long n && n == 1;
        } catch (JedisException e) {
            throw failure("compare-and-swap", e);
        }
    }

    @Override
    public List<Optional<byte[]>> getMany(List<String> keys) throws KeyValueException {
        if (keys.isEmpty()) {
            return List.of();
        }
        try {
            List<Optional<byte[]>> out = new ArrayList<>();
            for (byte[] v : client.mget(keys.stream().map(this::k).toArray(byte[][]::new))) {
                out.add(Optional.ofNullable(v));
            }
            return out;
        } catch (JedisException e) {
            throw failure("get-many", e);
        }
    }

    @Override
    public void setMany(List<Map.Entry<String, byte[]>> entries) throws KeyValueException {
        if (entries.isEmpty()) {
            return;
        }
        byte[][] kv = new byte[entries.size() * 2][];
        for (int i = 0; i < entries.size(); i++) {
            kv[2 * i] = k(entries.get(i).getKey());
            kv[2 * i + 1] = entries.get(i).getValue();
        }
        try {
            client.mset(kv);
        } catch (JedisException e) {
            throw failure("set-many", e);
        }
    }

    @Override
    public void deleteMany(List<String> keys) throws KeyValueException {
        if (keys.isEmpty()) {
            return;
        }
        try {
            client.del(keys.stream().map(this::k).toArray(byte[][]::new));
        } catch (JedisException e) {
            throw failure("delete-many", e);
        }
    }

    private static KeyValueException failure(String op, JedisException e) {
        return new KeyValueException("redis " + op + ": " + e.getMessage(), e);
    }

    private static String escapeGlob(String s) {
        return s.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }

    @Override
    public void close() {
        client.close();
    }
}
