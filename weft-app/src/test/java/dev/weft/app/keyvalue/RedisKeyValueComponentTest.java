package dev.weft.app.keyvalue;

import static dev.weft.app.keyvalue.KvComponent.OK;
import static dev.weft.app.keyvalue.KvComponent.ok;
import static dev.weft.app.keyvalue.KvComponent.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.app.manifest.KeyValueStoreSpec;
import dev.weft.value.Val;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Redis backend (Jedis) against a real redis-server started by the test, through the JS component; plus two
 * independent backends (two clients in this JVM, and a second JVM process) sharing one server's state.
 */
class RedisKeyValueComponentTest extends KeyValueComponentContract {
    private RedisServer redis;

    @BeforeAll
    void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @AfterAll
    void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    private Map<String, KeyValueStoreSpec> redisSpecs(String namespace) {
        return specs(label -> new KeyValueStoreSpec(label, KeyValueStoreSpec.Kind.REDIS,
                Optional.of(redis.url().toString()), namespace + label + ":", 0));
    }

    @Override
    KeyValueStores newStores() {
        return new KeyValueStores(Path.of("unused"), redisSpecs("contract:"), PAGE_SIZE);
    }

    @Override
    int expectedMinimumPages(int keys) {
        return 1;
    }

    @Test
    void twoClientsShareOneStore() throws Exception {
        try (KeyValueStores a = new KeyValueStores(Path.of("unused"), redisSpecs("shared:"), PAGE_SIZE);
                KeyValueStores b = new KeyValueStores(Path.of("unused"), redisSpecs("shared:"), PAGE_SIZE);
                KvComponent appA = new KvComponent(a, GRANTED, CONFIG);
                KvComponent appB = new KvComponent(b, GRANTED, CONFIG)) {
            assertEquals(OK, appA.call("put", s("default"), s("session"), s("alice")));
            assertEquals(ok(Val.some(s("alice"))), appB.call("get", s("default"), s("session")));
            assertEquals(ok(Val.s64(2)), appA.call("incr", s("default"), s("n"), Val.s64(2)));
            assertEquals(ok(Val.s64(5)), appB.call("incr", s("default"), s("n"), Val.s64(3)));
            // a compare-and-swap begun in A fails after B wrote the key, across clients
            assertEquals(ok(Val.some(s("alice"))), appA.call("cas-begin", s("default"), s("session")));
            assertEquals(OK, appB.call("put", s("default"), s("session"), s("bob")));
            assertEquals(ok(s("conflict:bob")), appA.call("cas-commit", s("carol")));
            assertEquals(OK, appB.call("remove", s("default"), s("session")));
            assertEquals(ok(Val.bool(false)), appA.call("has", s("default"), s("session")));
        }
    }

    @Test
    void aSecondJvmProcessSharesStateAndCountersStayAtomic() throws Exception {
        String prefix = "jvm2:default:";
        int times = 40;
        try (KeyValueStores stores = new KeyValueStores(Path.of("unused"), redisSpecs("jvm2:"), PAGE_SIZE);
                KvComponent app = new KvComponent(stores, GRANTED, CONFIG)) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RedisCounterMain.class.getName(),
                    redis.url().toString(), prefix, "from-child", "hello from pid", "counter",
                    Integer.toString(times)).redirectErrorStream(true).start();
            for (int i = 0; i < times; i++) {
                Val r = app.call("incr", s("default"), s("counter"), Val.s64(1));
                assertTrue(r instanceof dev.weft.value.ResultVal rv && rv.isOk(), r.toString());
            }
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the second JVM did not finish");
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, child.exitValue(), out);
            assertEquals(ok(Val.some(s("hello from pid"))), app.call("get", s("default"), s("from-child")));
            assertEquals(ok(Val.some(s(Integer.toString(2 * times)))), app.call("get", s("default"), s("counter")));
        }
    }

    @Test
    void anUnreachableServerIsAClearError() {
        KeyValueException e = assertThrows(KeyValueException.class,
                () -> RedisBackend.connect(URI.create("redis://127.0.0.1:1"), "", 10));
        assertTrue(e.getMessage().startsWith("cannot reach Redis at redis://127.0.0.1:1"), e.getMessage());
    }
}
