package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.print.TypePrinter;
import dev.weft.component.types.NamedExtern;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.testkit.Fixtures;
import dev.weft.value.ResourceVal;
import dev.weft.value.Val;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Messages name resource types the way a user knows them (fixtures/wat/resource-names.wat): a resource the
 * component defines and exports in interface {@code test:names/guest} is {@code test:names/guest#counter}, the
 * host's resource it imports from {@code test:names/host} is {@code test:names/host#thing} (the linker path it is
 * defined at), and only a resource that no import or export names keeps the validator's placeholder
 * {@code resource#N}.
 */
class ResourceNamesTest {
    private static final String GUEST = "test:names/guest";
    private static final String COUNTER = "test:names/guest#counter";
    private static final String THING = "test:names/host#thing";

    private final HostResource<String> thing = HostResource.of("thing-object", String.class);

    private static Component component() throws Exception {
        return Component.decode(Fixtures.componentBytes("resource-names"));
    }

    private ComponentInstance instance() throws Exception {
        Linker linker = new Linker();
        linker.instance("test:names/host").resource("thing", thing);
        return linker.prepare(Engine.builder().withoutDiskCache().build(), component()).instantiate();
    }

    private static ComponentFunction f(ComponentInstance instance, String name) {
        return instance.function(GUEST, name).orElseThrow(() -> new AssertionError("no export " + name));
    }

    @Test
    void aHandleTableTrapNamesTheExportedGuestResourceAndTheImportedHostResource() throws Exception {
        ComponentInstance instance = instance();
        Trap trap = assertThrows(Trap.class, () -> f(instance, "drop-thing-as-counter").invoke(thing.own("x")));
        assertEquals(TrapKind.COMPONENT_MODEL, trap.kind());
        assertTrue(trap.getMessage().contains("has type resource " + THING + ", expected resource " + COUNTER),
                trap.getMessage());
    }

    @Test
    void aResourceWithoutAnyNameKeepsThePlaceholder() throws Exception {
        Trap trap = assertThrows(Trap.class, () -> f(instance(), "drop-hidden-as-counter").invoke());
        assertTrue(Pattern.compile("has type resource resource#\\d+, expected resource " + Pattern.quote(COUNTER))
                .matcher(trap.getMessage()).find(), trap.getMessage());
    }

    @Test
    void aRefusedArgumentNamesBothResourceTypes() throws Exception {
        ComponentInstance instance = instance();
        ResourceVal counter = (ResourceVal) f(instance, "[constructor]counter").invoke(Val.u32(1)).orElseThrow();
        var refused = assertThrows(IllegalArgumentException.class,
                () -> f(instance, "drop-thing-as-counter").invoke(counter));
        assertEquals("drop-thing-as-counter argument 0 `t`: expected own<" + THING + ">, got resource " + COUNTER,
                refused.getMessage());
        var wrongHost = assertThrows(Trap.class, () -> thing.get(counter));
        assertTrue(wrongHost.getMessage().startsWith("expected a handle of resource " + THING), wrongHost.getMessage());
    }

    @Test
    void theValidatorsTypePrinterUsesTheNames() throws Exception {
        Component component = component();
        NamedExtern guest = component.exports().getFirst();
        String printed = TypePrinter.externType(guest.type());
        assertTrue(printed.contains("func(start: u32) -> own<" + COUNTER + ">")
                && printed.contains("func(t: own<" + THING + ">)"), printed);
        assertTrue(!printed.contains("resource#"), printed);
    }
}
