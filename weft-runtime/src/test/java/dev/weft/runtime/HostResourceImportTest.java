package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.Component;
import dev.weft.testkit.Fixtures;
import dev.weft.value.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * fixtures/wat/host-resources: a wit-component-built component that lowers host functions returning
 * {@code own<blob>} before it aliases the {@code blob} type out of the imported instance. The lowered functions
 * must already see the host's resource type (bound when the instance is imported).
 */
class HostResourceImportTest {
    @Test
    void hostFunctionsReturnOwnHandlesOfAnImportedResource() throws Exception {
        List<String> events = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        HostResource<String> blob = HostResource.of("blob", String.class, dropped::add);
        Linker linker = new Linker();
        linker.instance("test:host-resources/store").resource("blob", blob)
                .function("make", args -> List.of(blob.own("made")))
                .function("[constructor]blob", args -> List.of(blob.own("constructed")))
                .function("[method]blob.size", args -> {
                    events.add("size of " + blob.get(args.get(0)));
                    return List.of(Val.u32(blob.get(args.get(0)).length()));
                });
        linker.root().function("log", args -> {
            events.add(args.get(0).toString());
            return List.of();
        });
        ComponentInstance instance = linker.prepare(Engine.builder().withoutDiskCache().build(),
                Component.decode(Fixtures.componentBytes("host-resources"))).instantiate();
        // run(n) = size(make(n)) + size(blob("abc")); here the sizes are the lengths of the Java strings
        assertEquals(Optional.of(Val.u32(4 + 11)), instance.function("run").orElseThrow().invoke(Val.u32(5)));
        assertEquals(List.of("size of made", "size of constructed", "StringVal[value=sizes 4 11]"), events);
        // the guest drops both own handles: the host's drop handler gets each Java object, in the guest's order
        assertEquals(List.of("made", "constructed"), dropped);
        // a second run reuses the freed handle slots and drops again
        assertEquals(Optional.of(Val.u32(4 + 11)), instance.function("run").orElseThrow().invoke(Val.u32(5)));
        assertEquals(List.of("made", "constructed", "made", "constructed"), dropped);
        // a host function reading a handle of another type is a host fault, not a JVM exception
        HostResource<String> other = HostResource.of("other", String.class);
        dev.weft.error.Trap trap = org.junit.jupiter.api.Assertions.assertThrows(dev.weft.error.Trap.class,
                () -> other.get(blob.own("x")));
        assertEquals(dev.weft.error.TrapKind.HOST_FUNCTION, trap.kind());
    }
}
