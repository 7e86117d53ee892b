package dev.weft.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.weft.component.Component;
import dev.weft.error.WeftException;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Limits;
import dev.weft.runtime.Linker;
import dev.weft.value.ResourceVal;
import dev.weft.value.Val;
import dev.weft.wasi.Wasi;
import dev.weft.wasi.WasiContext;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Target (d): a component (seeded with small fixture components and examples/hello.wasm, then mutated) goes the
 * whole way: decode, validate, {@link Linker#prepare} against the WASI host plus trapping stubs for every other
 * import, instantiate under {@link #LIMITS}, and a call of every exported function that has default arguments (see
 * {@link DefaultValues}), exported instances included. Each input has a time budget; code still running after
 * it is interrupted and must then stop promptly (a Trap), else the input is reported as a hang.
 */
class InstantiateFuzzTest {
    static final long BUDGET_MILLIS = 5_000;
    static final long GRACE_MILLIS = 3_000;
    static final int MAX_CALLS = 32;
    /** Store limits (exercised too): small memory so that growth hits the limit, not the fuzzer's heap. */
    static final Limits LIMITS = Limits.builder()
            .maxMemoryBytes(64L << 20)
            .maxTableElements(100_000)
            .maxInstances(1_000)
            .maxHandles(10_000)
            .timeout(Duration.ofSeconds(1))
            .build();
    /** Inputs per engine: an engine keeps every module it compiled, so a long run starts afresh now and then. */
    static final int ENGINE_REUSE = 256;
    private static Engine engine;
    private static int engineUses;

    @FuzzTest(maxDuration = "5m")
    void instantiateAndCall(byte[] bytes) throws Throwable {
        Budgeted.run(() -> Documented.outcome(() -> exercise(bytes)), BUDGET_MILLIS, GRACE_MILLIS,
                Budgeted.GUEST_STACK_BYTES);
    }

    private static void exercise(byte[] bytes) throws WeftException {
        Component component = Component.decode(bytes);
        Linker linker = new Linker();
        Wasi.addToLinker(linker, WasiContext.builder()
                .args("fuzz")
                .stdin(new ByteArrayInputStream(new byte[0]))
                .stdout(OutputStream.nullOutputStream())
                .stderr(OutputStream.nullOutputStream())
                .build());
        linker.defineUnknownImportsAsTraps(component);
        InstancePre pre = linker.prepare(engine(), component);
        ComponentInstance instance = pre.instantiate(LIMITS);
        int[] calls = {0};
        callAll(instance, instance, calls, 0);
    }

    private static synchronized Engine engine() {
        if (engine == null || ++engineUses >= ENGINE_REUSE) {
            engine = Engine.builder().withoutDiskCache().build();
            engineUses = 0;
        }
        return engine;
    }

    private static void callAll(ComponentInstance root, ComponentInstance instance, int[] calls, int depth)
            throws WeftException {
        for (String name : instance.exportNames()) {
            if (calls[0] >= MAX_CALLS || Thread.currentThread().isInterrupted()) {
                return;
            }
            Optional<ComponentFunction> function = instance.function(name);
            if (function.isPresent()) {
                calls[0]++;
                call(root, function.get());
            } else if (depth < 4) {
                Optional<ComponentInstance> nested = instance.instance(name);
                if (nested.isPresent()) {
                    callAll(root, nested.get(), calls, depth + 1);
                }
            }
        }
    }

    private static void call(ComponentInstance root, ComponentFunction function) throws WeftException {
        Optional<List<Val>> args = DefaultValues.all(
                function.type().params().stream().map(p -> p.type()).toList());
        if (args.isEmpty()) {
            return;
        }
        try {
            for (Val result : function.call(args.get())) {
                if (result instanceof ResourceVal r && r.owned()) {
                    root.drop(r);
                }
            }
        } catch (dev.weft.error.Trap trap) {
            Documented.requireGuestFault(trap);
        }
    }
}
