package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreHostImportTest {
    private static final CoreFuncType ADD3 = new CoreFuncType(
            List.of(CoreValType.I32, CoreValType.I32, CoreValType.I32), List.of(CoreValType.I32));
    private static final CoreFuncType LOG = new CoreFuncType(List.of(CoreValType.I32, CoreValType.I32), List.of());
    private static final CoreFuncType VOID = new CoreFuncType(List.of(), List.of());

    private static CoreModule module;

    @BeforeAll
    static void compile() throws Exception {
        module = TestModules.memoryOnlyEngine().compile(TestModules.bytes("host"));
    }

    private static CoreImports imports(List<String> log, CoreHostFunction fail) {
        return CoreImports.builder()
                .function("env", "add3", ADD3, (caller, args) -> new long[] {(int) (args[0] + args[1] + args[2])})
                .function("env", "log", LOG, (caller, args) -> {
                    var memory = caller.defaultMemory().orElseThrow();
                    log.add(new String(memory.readBytes((int) args[0], (int) args[1]), StandardCharsets.UTF_8));
                    return null;
                })
                .function("env", "fail", VOID, fail)
                .build();
    }

    @Test
    void describesItsImports() {
        assertEquals(List.of(new CoreImport("env", "add3", ADD3), new CoreImport("env", "log", LOG),
                new CoreImport("env", "fail", VOID)), module.imports());
    }

    @Test
    void guestCallsHostFunctions() throws Exception {
        var log = new ArrayList<String>();
        var instance = module.instantiate(imports(log, (c, a) -> null));
        assertEquals(115L, instance.function("sum").call(5)[0]);
        assertEquals(116L, instance.function("sum").call(6)[0]);
        assertEquals(2L, instance.global("calls").get());
        instance.function("say").call();
        assertEquals(List.of("from guest"), log);
    }

    @Test
    void reexportedHostImportIsCallable() throws Exception {
        var instance = module.instantiate(imports(new ArrayList<>(), (c, a) -> null));
        assertEquals(ADD3, instance.function("add3_again").type());
        assertEquals(6L, instance.function("add3_again").call(1, 2, 3)[0]);
    }

    @Test
    void hostTrapReachesTheCallerUnchanged() throws Exception {
        var thrown = new Trap("host says no");
        var instance = module.instantiate(imports(new ArrayList<>(), (c, a) -> {
            throw thrown;
        }));
        Trap trap = assertThrows(Trap.class, () -> instance.function("call_fail").call());
        assertSame(thrown, trap);
    }

    @Test
    void hostExceptionBecomesATrapNamingTheImport() throws Exception {
        var boom = new IllegalStateException("bug in host");
        var instance = module.instantiate(imports(new ArrayList<>(), (c, a) -> {
            throw boom;
        }));
        Trap trap = assertThrows(Trap.class, () -> instance.function("call_fail").call());
        assertTrue(trap.getMessage().contains("env.fail"), trap.getMessage());
        assertSame(boom, trap.getCause());
    }

    @Test
    void hostReturningTheWrongArityTraps() throws Exception {
        var wrong = CoreImports.builder().all(imports(new ArrayList<>(), (c, a) -> null))
                .function("env", "add3", ADD3, (c, a) -> new long[] {1, 2})
                .build();
        Trap trap = assertThrows(Trap.class, () -> module.instantiate(wrong).function("sum").call(1));
        assertTrue(trap.getMessage().contains("returned 2 values"), trap.getMessage());
    }

    @Test
    void hostFunctionMayCallBackIntoGuests() throws Exception {
        var arith = TestModules.memoryOnlyEngine().compile(TestModules.bytes("arith")).instantiate();
        var reentrant = CoreImports.builder().all(imports(new ArrayList<>(), (c, a) -> {
                    arith.function("nested_unreachable").call();
                    return null;
                }))
                .function("env", "add3", ADD3, (caller, args) -> {
                    long partial = arith.function("add").call(args[0], args[1])[0];
                    return arith.function("add").call(partial, args[2]);
                })
                .build();
        var instance = module.instantiate(reentrant);
        assertEquals(115L, instance.function("sum").call(5)[0]);
        // a trap in the inner guest travels out through the host function and the outer guest
        Trap trap = assertThrows(Trap.class, () -> instance.function("call_fail").call());
        assertEquals(List.of("boom", "inner", "outer"), trap.guestStack().subList(0, 3));
    }

    @Test
    void missingImportIsALinkError() {
        var partial = CoreImports.builder()
                .function("env", "add3", ADD3, (c, a) -> new long[] {0})
                .function("env", "fail", VOID, (c, a) -> null)
                .build();
        var e = assertThrows(LinkException.class, () -> module.instantiate(partial));
        assertTrue(e.getMessage().contains("env.log"), e.getMessage());
    }

    @Test
    void wronglyTypedImportIsALinkError() {
        var wrong = CoreImports.builder().all(imports(new ArrayList<>(), (c, a) -> null))
                .function("env", "log", VOID, (c, a) -> null)
                .build();
        var e = assertThrows(LinkException.class, () -> module.instantiate(wrong));
        assertTrue(e.getMessage().contains("env.log") && e.getMessage().contains("wrong type"), e.getMessage());
        var memoryForFunction = CoreImports.builder().all(imports(new ArrayList<>(), (c, a) -> null))
                .extern("env", "fail", HostExterns.memory(CoreMemoryType.of(1)))
                .build();
        assertThrows(LinkException.class, () -> module.instantiate(memoryForFunction));
    }
}
