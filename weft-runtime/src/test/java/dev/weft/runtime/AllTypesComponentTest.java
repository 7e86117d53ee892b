package dev.weft.runtime;

import dev.weft.testkit.GuestThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.testkit.JcoReference;
import dev.weft.testkit.JcoReference.Call;
import dev.weft.testkit.JcoReference.ResourceStep;
import dev.weft.value.ResourceVal;
import dev.weft.value.Val;
import dev.weft.wave.WaveParser;
import dev.weft.wave.WavePrinter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The componentize-js all-types component ({@code fixtures/js/all-types}) on Weft, with a Java host for its
 * import {@code test:all-types/host}: every export is called through {@link Val}s and compared with what jco
 * (transpiled, on Node) returned for the same call ({@code fixtures/build/js-all-types.reference.json}, written
 * by {@code fixtures/tools/all-types-reference.mjs}).
 */
class AllTypesComponentTest {
    static final String API = "test:all-types/api";

    private static GuestThread guest;
    private static InstancePre pre;
    private static final List<String> hostLog = new ArrayList<>();
    private static ComponentInstance instance;

    @BeforeAll
    static void prepare() throws Exception {
        JsFixture.requireBuilt("js-all-types");
        guest = new GuestThread();
        Linker linker = new Linker();
        linker.instance("test:all-types/host")
                .function("log", args -> {
                    hostLog.add(((dev.weft.value.StringVal) args.get(0)).value());
                    return List.of();
                })
                // the reference host: x * 3, wrapping at 2^32
                .function("transform", args -> List.of(Val.u32((((dev.weft.value.U32Val) args.get(0)).value() * 3)
                        & 0xffff_ffffL)));
        Component component = Component.decode(JsFixture.bytes("js-all-types"));
        pre = linker.prepare(Engine.create(), component);
        instance = guest.run(pre::instantiate);
    }

    @AfterAll
    static void stop() {
        if (guest != null) {
            guest.close();
        }
    }

    /** With function splitting (the default), every function of the 12 MB SpiderMonkey module is compiled. */
    @Test
    void everyCoreFunctionIsCompiled() {
        assertEquals(List.of(), pre.interpretedFunctions());
    }

    @TestFactory
    Stream<DynamicTest> everyExportMatchesJco() {
        JcoReference reference = JcoReference.load("js-all-types");
        assertTrue(reference.calls().size() >= 80, "reference has " + reference.calls().size() + " calls");
        return reference.calls().stream().map(call -> DynamicTest.dynamicTest(
                call.function() + "(" + String.join(", ", call.args()) + ")", () -> guest.run(() -> {
                    check(call);
                    return null;
                })));
    }

    private static void check(Call call) throws Exception {
        assertEquals(API, call.interfaceName().orElse(API), "reference call outside " + API);
        ComponentFunction function = instance.function(API, call.function()).orElseThrow(
                () -> new AssertionError("no export " + API + "#" + call.function()));
        FuncType type = function.type();
        List<Val> args = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            args.add(WaveParser.parse(type.params().get(i).type(), call.args().get(i)));
        }
        hostLog.clear();
        if (call.trap().isPresent()) {
            assertThrows(Trap.class, () -> function.call(args), "jco trapped: " + call.trap().get());
        } else {
            List<Val> results = function.call(args);
            ValueType resultType = type.result().orElseThrow();
            Val expected = WaveParser.parse(resultType, call.result().orElseThrow());
            assertEquals(1, results.size());
            assertEquals(expected, results.get(0), () -> "expected " + call.result().get() + ", Weft returned "
                    + WavePrinter.print(resultType, results.get(0)));
        }
        assertEquals(call.hostLog(), hostLog, "messages logged through the host import");
        if (call.freshInstanceAfter()) {
            instance = pre.instantiate();
        }
    }

    @Test
    void accumulatorResourceMatchesJco() throws Exception {
        JcoReference reference = JcoReference.load("js-all-types");
        assertFalse(reference.resourceSteps().isEmpty());
        guest.run(() -> {
            ComponentInstance fresh = pre.instantiate();
            Map<String, ResourceVal> handles = new HashMap<>();
            for (ResourceStep step : reference.resourceSteps()) {
                runStep(fresh, step, handles);
            }
            assertTrue(handles.isEmpty(), "the reference drops every handle it made: " + handles.keySet());
            // the host may drop only what it owns
            ComponentFunction ctor = fresh.function(API, "[constructor]accumulator").orElseThrow();
            ResourceVal owned = (ResourceVal) ctor.invoke(Val.s64(1)).orElseThrow();
            assertThrows(Trap.class, () -> fresh.drop(borrow(owned)));
            fresh.drop(owned);
            return null;
        });
    }

    private static void runStep(ComponentInstance inst, ResourceStep step, Map<String, ResourceVal> handles)
            throws Exception {
        switch (step.op()) {
            case "constructor" -> {
                ComponentFunction ctor = inst.function(API, "[constructor]accumulator").orElseThrow();
                Val start = WaveParser.parse(ctor.type().params().get(0).type(), step.args().get(0));
                handles.put(step.id().orElseThrow(), (ResourceVal) ctor.invoke(start).orElseThrow());
            }
            case "method" -> {
                ComponentFunction method = inst.function(API, "[method]accumulator." + step.function().orElseThrow())
                        .orElseThrow();
                List<Val> args = new ArrayList<>();
                args.add(borrow(handles.get(step.self().orElseThrow())));
                for (int i = 0; i < step.args().size(); i++) {
                    args.add(WaveParser.parse(method.type().params().get(i + 1).type(), step.args().get(i)));
                }
                ValueType resultType = method.type().result().orElseThrow();
                Val result = method.call(args).get(0);
                assertEquals(WaveParser.parse(resultType, step.result().orElseThrow()), result,
                        () -> step + ": Weft returned " + WavePrinter.print(resultType, result));
            }
            case "static" -> {
                ComponentFunction merge = inst.function(API, "[static]accumulator." + step.function().orElseThrow())
                        .orElseThrow();
                List<Val> args = step.args().stream().map(id -> (Val) borrow(handles.get(id))).toList();
                handles.put(step.id().orElseThrow(), (ResourceVal) merge.call(args).get(0));
            }
            case "drop" -> inst.drop(handles.remove(step.self().orElseThrow()));
            default -> throw new AssertionError("unknown resource step " + step);
        }
    }

    private static ResourceVal borrow(ResourceVal owned) {
        return new ResourceVal(owned.handle(), false);
    }
}
