package dev.weft.runtime;

import dev.weft.component.Component;
import dev.weft.error.Trap;
import dev.weft.testkit.Fixtures;
import dev.weft.value.ResourceVal;
import dev.weft.value.Val;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test fixture that exports a {@code counter} resource with {@code [constructor]counter(start: u32)} in
 * interface {@code iface} (fixtures/wat/resources.wat, nested-handles.wat): prepares it without imports and calls
 * its exports.
 */
record CounterComponent(String fixture, String iface) {
    static final CounterComponent RESOURCES = new CounterComponent("resources", "test:resources/counters");
    /** Prepared once per fixture for all tests (an InstancePre is made to be instantiated many times). */
    private static final Map<String, InstancePre> PREPARED = new ConcurrentHashMap<>();

    InstancePre pre() throws Exception {
        InstancePre pre = PREPARED.get(fixture);
        if (pre == null) {
            pre = new Linker().prepare(Engine.builder().withoutDiskCache().build(),
                    Component.decode(Fixtures.componentBytes(fixture)));
            PREPARED.putIfAbsent(fixture, pre);
        }
        return pre;
    }

    ComponentFunction f(ComponentInstance instance, String name) {
        return instance.function(iface, name).orElseThrow(() -> new AssertionError("no export " + name));
    }

    /** A new owned counter made by {@code instance}. */
    ResourceVal counter(ComponentInstance instance, long start) throws Trap {
        return (ResourceVal) f(instance, "[constructor]counter").invoke(Val.u32(start)).orElseThrow();
    }
}
