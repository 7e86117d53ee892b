package dev.weft.examples.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.LinkException;
import dev.weft.runtime.Engine;
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
        host = new PluginHost(Engine.create(), log::add, Duration.ofSeconds(60));
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
    void aPluginThatLoopsForeverIsInterruptedAtTheDeadline() throws Exception {
        PluginHost quick = new PluginHost(Engine.create(), m -> { }, Duration.ofMillis(500));
        try (LoadedPlugin looping = quick.load(Fixtures.component("plugin-host-wat"))) {
            Outcome outcome = looping.process(new MemoryKv(), "loop");
            assertInstanceOf(Outcome.Crashed.class, outcome, outcome.toString());
            assertTrue(((Outcome.Crashed) outcome).reason().contains("deadline"), outcome.toString());
            assertEquals(new Outcome.Output("OK"), looping.process(new MemoryKv(), "ok"));
        }
    }

    @Test
    void aComponentOfAnotherWorldIsRefused() {
        LinkException e = assertThrows(LinkException.class, () -> host.load(Fixtures.component("js-all-types")));
        assertTrue(e.getMessage().contains("weft:plugin-host/plugin@0.1.0#describe: the component does not export"),
                e.getMessage());
    }
}
