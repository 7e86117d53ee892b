package dev.weft.examples.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.LinkException;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Limits;
import dev.weft.testkit.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin host with its two plugins built by scripts/build-fixtures.sh: plugin-wat (WebAssembly text, from
 * examples/plugin-host/plugin-wat) and plugin-js (JavaScript through componentize-js, from
 * examples/plugin-host/plugin-js). Both implement wit/plugin.wit; the expected outputs follow from each
 * plugin's source (upper-casing; reversing the words), the host's store is the Java {@link MemoryKv}.
 */
class PluginHostTest {
    private static final List<String> log = new CopyOnWriteArrayList<>();
    private static PluginHost host;
    private static LoadedPlugin wat;
    private static LoadedPlugin js;

    @BeforeAll
    static void load() throws Exception {
        host = new PluginHost(Engine.create(), log::add, Limits.none());
        wat = host.load(Fixtures.component("plugin-host-wat"));
        js = host.load(Fixtures.component("plugin-host-js"));
    }

    @AfterAll
    static void close() {
        if (wat != null) {
            wat.close();
        }
        if (js != null) {
            js.close();
        }
    }

    @Test
    void bothLanguagesRunThroughTheSameBindings() {
        assertEquals("upper", wat.info().name());
        assertEquals("wat", wat.info().language());
        assertEquals("reverse-words", js.info().name());
        assertEquals("javascript", js.info().language());
        MemoryKv store = new MemoryKv();
        log.clear();
        assertEquals(new Outcome.Output("HELLO PLUGIN WORLD"), wat.process(store, "hello plugin world"));
        assertEquals(new Outcome.Output("world plugin hello"), js.process(store, "hello plugin world"));
        assertEquals(new Outcome.Output("again hello"), js.process(store, "hello again"));
        // each plugin wrote into the host's store through its borrowed kv handle
        assertEquals(Map.of("wat-last", "hello plugin world", "js-calls", "2"), store.snapshot());
        assertEquals(List.of("hello plugin world", "js: call 1", "js: call 2"), log);
    }

    @Test
    void errorsComeBackAsValues() {
        assertEquals(new Outcome.Refused("empty input"), wat.process(new MemoryKv(), ""));
        Outcome js = PluginHostTest.js.process(new MemoryKv(), "");
        assertInstanceOf(Outcome.Refused.class, js, js.toString());
        assertTrue(((Outcome.Refused) js).message().contains("empty input"), js.toString());
    }

    @Test
    void aTrappingPluginIsReplacedAndTheHostCarriesOn() {
        MemoryKv store = new MemoryKv();
        Outcome crash = wat.process(store, "!crash");
        assertInstanceOf(Outcome.Crashed.class, crash, crash.toString());
        assertTrue(((Outcome.Crashed) crash).reason().contains("unreachable"), crash.toString());
        assertEquals(new Outcome.Output("STILL ALIVE"), wat.process(store, "still alive"));
    }

    @Test
    void aPluginThatLoopsForeverIsStoppedByTheTimeout() throws Exception {
        PluginHost quick = new PluginHost(Engine.create(), m -> { },
                Limits.builder().timeout(Duration.ofMillis(300)).build());
        try (LoadedPlugin looping = quick.load(Fixtures.component("plugin-host-wat"))) {
            long start = System.nanoTime();
            Outcome outcome = looping.process(new MemoryKv(), "loop");
            assertInstanceOf(Outcome.Crashed.class, outcome, outcome.toString());
            assertTrue(((Outcome.Crashed) outcome).reason().startsWith("DEADLINE"), outcome.toString());
            assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped long after the timeout");
            assertEquals(new Outcome.Output("OK"), looping.process(new MemoryKv(), "ok"));
        }
    }

    /** "grow" grows memory until memory.grow fails: under a 16 MiB cap it fails there, and the plugin traps. */
    @Test
    void aPluginThatAllocatesWithoutBoundHitsTheMemoryCap() throws Exception {
        PluginHost capped = new PluginHost(Engine.create(), m -> { },
                Limits.builder().maxMemoryBytes(16L << 20).build());
        try (LoadedPlugin growing = capped.load(Fixtures.component("plugin-host-wat"))) {
            Outcome outcome = growing.process(new MemoryKv(), "grow");
            assertInstanceOf(Outcome.Crashed.class, outcome, outcome.toString());
            assertTrue(((Outcome.Crashed) outcome).reason().startsWith("UNREACHABLE"), outcome.toString());
            assertEquals(new Outcome.Output("FINE"), growing.process(new MemoryKv(), "fine"));
        }
    }

    @Test
    void aComponentOfAnotherWorldIsRefused() {
        LinkException e = assertThrows(LinkException.class, () -> host.load(Fixtures.component("host-resources")));
        assertTrue(e.getMessage().contains("weft:plugin-host/plugin@0.1.0#describe: the component does not export"),
                e.getMessage());
    }
}
