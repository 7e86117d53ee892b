package dev.weft.runtime.abi;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.error.Trap;
import dev.weft.runtime.engine.CoreEngine;
import dev.weft.runtime.engine.CoreFuncType;
import dev.weft.runtime.engine.CoreImports;
import dev.weft.runtime.engine.CoreInstance;
import dev.weft.runtime.engine.CoreValType;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.value.StringVal;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ABI against a real core module on the engine (src/test/resources/abi/guest.wat). */
class EngineAbiTest {
    private static final FuncType STRING_TO_STRING = new FuncType(
            List.of(new FuncType.Param("s", PrimitiveType.STRING)), Optional.of(PrimitiveType.STRING), false);

    private final TypeLayouts layouts = new TypeLayouts();
    private final InstanceState state = new InstanceState("guest");
    private final AtomicReference<CanonLower> greetImport = new AtomicReference<>();
    private final CoreInstance instance;
    private final CanonOptions options;

    EngineAbiTest() throws Exception {
        byte[] wasm;
        try (InputStream in = getClass().getResourceAsStream("/abi/guest.wasm")) {
            wasm = in.readAllBytes();
        }
        CoreImports imports = CoreImports.builder().function("host", "greet",
                CoreFuncType.of(List.of(CoreValType.I32, CoreValType.I32, CoreValType.I32), List.of()),
                (caller, args) -> greetImport.get().call(args)).build();
        instance = CoreEngine.create(Optional.empty()).compile(wasm).instantiate(imports);
        options = CanonOptions.of(new CoreMemoryAccess(instance.memory("memory")),
                Realloc.of(instance.function("cabi_realloc")::call), StringEncoding.UTF8);
    }

    @Test
    void exportCallLowersArgumentsLiftsResultAndRunsPostReturn() throws Trap {
        CanonLift upper = new CanonLift("upper", STRING_TO_STRING,
                options.withPostReturn(instance.function("cabi_post_upper")::call), state,
                instance.function("upper")::call, layouts);
        assertEquals(List.of(new StringVal("H\u00e9LLO, W\u00f6RLD \uD83D\uDE00")),
                upper.call(List.of(new StringVal("h\u00e9llo, w\u00f6rld \uD83D\uDE00"))));
        assertEquals(1L, instance.global("posts").get());
        assertEquals(List.of(new StringVal("ABC")), upper.call(List.of(new StringVal("abc"))));
        assertEquals(2L, instance.global("posts").get());
    }

    @Test
    void importCallLiftsArgumentsAndLowersResultThroughTheOutPointer() throws Trap {
        greetImport.set(new CanonLower("greet", STRING_TO_STRING, options, state,
                args -> List.of(new StringVal("hello, " + ((StringVal) args.get(0)).value() + "!")), layouts));
        CanonLift callGreet = new CanonLift("call-greet", STRING_TO_STRING, options, state,
                instance.function("call-greet")::call, layouts);
        assertEquals(List.of(new StringVal("hello, \u20ac\u00e9!")), callGreet.call(List.of(new StringVal("\u20ac\u00e9"))));
    }

    @Test
    void guestOutOfBoundsPointerTraps() {
        CanonLift upper = new CanonLift("upper", STRING_TO_STRING, options, state,
                args -> new long[] {65532}, layouts);
        StringTranscodingTest.assertTrap("out of bounds", () -> upper.call(List.of(new StringVal("x"))));
    }
}
