package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.testkit.Fixtures;
import dev.weft.value.BoolVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.ListVal;
import dev.weft.value.StringVal;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.Val;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trap conditions of CanonicalABI.md ({@code definitions.py}) end to end through the public API, on
 * {@code fixtures/wat/abi-traps.wat}: each is a {@link Trap} of kind {@link TrapKind#COMPONENT_MODEL} for the
 * host, and afterwards the instance refuses to be entered, saying which trap poisoned it.
 */
class CanonicalAbiTrapsTest {
    private static Engine engine;
    private static Component component;

    private final AtomicInteger pings = new AtomicInteger();
    private final AtomicReference<ComponentInstance> self = new AtomicReference<>();
    private final AtomicReference<Trap> pingTrap = new AtomicReference<>();

    @BeforeAll
    static void load() throws Exception {
        engine = Engine.builder().withoutDiskCache().build();
        component = Component.decode(Fixtures.componentBytes("abi-traps"));
    }

    /** A fresh instance; its {@code ping} import counts calls and, with {@link #self} set, calls back in. */
    private ComponentInstance instance() throws Exception {
        Linker linker = new Linker();
        linker.root().function("ping", args -> {
            pings.incrementAndGet();
            ComponentInstance reenter = self.get();
            if (reenter != null) {
                try {
                    reenter.function("nothing").orElseThrow().call(List.of());
                } catch (Trap t) {
                    pingTrap.set(t);
                    throw t;
                }
            }
            return List.of();
        });
        ComponentInstance instance = linker.prepare(engine, component).instantiate();
        return instance;
    }

    private static ComponentFunction f(ComponentInstance instance, String name) {
        return instance.function(name).orElseThrow(() -> new AssertionError("no export " + name));
    }

    /** Calls {@code name} on a fresh instance, expects a COMPONENT_MODEL trap mentioning {@code part}. */
    private Trap assertTrap(String name, String part, Val... args) throws Exception {
        ComponentInstance instance = instance();
        Trap trap = assertThrows(Trap.class, () -> f(instance, name).call(List.of(args)));
        assertEquals(TrapKind.COMPONENT_MODEL, trap.kind(), trap.getMessage());
        assertTrue(trap.getMessage().contains(part), () -> "'" + trap.getMessage() + "' lacks '" + part + "'");
        // a trap poisons the instance: the next call says so instead of running
        Trap again = assertThrows(Trap.class, () -> f(instance, "nothing").call(List.of()));
        assertEquals(TrapKind.COMPONENT_MODEL, again.kind());
        assertTrue(again.getMessage().contains("trapped in an earlier call") && again.getMessage().contains(part),
                again.getMessage());
        return trap;
    }

    @Test
    void charsMustBeUnicodeScalarValues() throws Exception {
        assertTrap("surrogate", "surrogate");
        assertTrap("beyond-unicode", "beyond U+10FFFF");
    }

    @Test
    void boolIsAnyNonZeroValue() throws Exception {
        // convert_int_to_bool: bool(i), no trap for 2
        assertEquals(new BoolVal(true), f(instance(), "bool-two").invoke().orElseThrow());
    }

    @Test
    void discriminantOutOfRange() throws Exception {
        assertTrap("option-three", "discriminant 3 is out of range");
    }

    @Test
    void nansAreCanonicalizedBothWays() throws Exception {
        ComponentInstance instance = instance();
        // lifting: decode_i32_as_float canonicalizes 0xffa00001 to CANONICAL_FLOAT32_NAN
        float f = ((F32Val) f(instance, "nan32").invoke().orElseThrow()).value();
        assertEquals(0x7fc00000, Float.floatToRawIntBits(f));
        double d = ((F64Val) f(instance, "nan64").invoke().orElseThrow()).value();
        assertEquals(0x7ff8000000000000L, Double.doubleToRawLongBits(d));
        // lowering: Weft takes the deterministic profile of maybe_scramble_nan32 (the canonical NaN)
        Val bits32 = f(instance, "f32-bits").invoke(new F32Val(Float.intBitsToFloat(0xff800123))).orElseThrow();
        assertEquals(new U32Val(0x7fc00000), bits32);
        Val bits64 = f(instance, "f64-bits")
                .invoke(new F64Val(Double.longBitsToDouble(0xfff0000000000abcL))).orElseThrow();
        assertEquals(new U64Val(0x7ff8000000000000L), bits64);
        // other values pass bit for bit
        assertEquals(new U32Val(Integer.toUnsignedLong(Float.floatToRawIntBits(-0.0f))),
                f(instance, "f32-bits").invoke(new F32Val(-0.0f)).orElseThrow());
    }

    @Test
    void stringLengthLimitIsInBytesOfEachEncoding() throws Exception {
        // MAX_STRING_BYTE_LENGTH = 2^28 - 1: 2^28 utf8 units is over, 2^28 - 1 is not (and then out of bounds)
        assertTrap("utf8-too-long", "268435456 bytes exceeds the maximum");
        assertTrap("utf8-longest", "out of bounds");
        // utf16: 2^27 code units are 2^28 bytes, over; one fewer is within the limit
        assertTrap("utf16-too-long", "268435456 bytes exceeds the maximum");
        assertTrap("utf16-longest", "out of bounds");
        // latin1+utf16: untagged 2^28 latin1 units, and 2^27 units tagged as utf16
        assertTrap("latin1-too-long", "268435456 bytes exceeds the maximum");
        assertTrap("latin1-utf16-too-long", "268435456 bytes exceeds the maximum");
        assertTrap("utf16-odd-pointer", "not aligned to 2");
    }

    @Test
    void listsAreCheckedForAlignmentAndLength() throws Exception {
        assertTrap("list-misaligned", "not aligned to 4");
        // 2^26 u32s = 2^28 bytes > MAX_LIST_BYTE_LENGTH
        assertTrap("list-too-long", "exceeds the maximum of 268435455 bytes");
    }

    @Test
    void reallocResultsAreChecked() throws Exception {
        ListVal list = new ListVal(List.of(new U32Val(1), new U32Val(2), new U32Val(3), new U32Val(4),
                new U32Val(5)));
        f(instance(), "take").invoke(list);
        assertTrap("take-misaligned", "not aligned to 4", list);
        assertTrap("take-out-of-bounds", "out of bounds", list);
    }

    @Test
    void postReturnRunsExactlyOncePerCall() throws Exception {
        ComponentInstance instance = instance();
        for (int i = 1; i <= 3; i++) {
            assertEquals(new StringVal("hi"), f(instance, "hi-counted").invoke().orElseThrow());
            assertEquals(new U32Val(i), f(instance, "posts").invoke().orElseThrow());
        }
        // a function without post-return does not run one
        f(instance, "nothing").invoke();
        assertEquals(new U32Val(3), f(instance, "posts").invoke().orElseThrow());
    }

    @Test
    void mayLeaveIsClearedDuringPostReturnAndRealloc() throws Exception {
        assertTrap("hi-post-calls-out", "may not leave");
        assertTrap("take-realloc-calls-out", "may not leave", new ListVal(List.of(new U32Val(1))));
        assertEquals(0, pings.get(), "the host import never ran");
        f(instance(), "call-ping").invoke();
        assertEquals(1, pings.get(), "outside realloc and post-return the import may be called");
    }

    @Test
    void reenteringAnInstanceFromItsImportTraps() throws Exception {
        ComponentInstance instance = instance();
        self.set(instance);
        Trap trap = assertThrows(Trap.class, () -> f(instance, "call-ping").invoke());
        assertEquals(TrapKind.COMPONENT_MODEL, trap.kind());
        assertTrue(pingTrap.get().getMessage().contains("already on the call stack"), pingTrap.get().getMessage());
        assertEquals(1, pings.get());
    }

    @Test
    void hostArgumentsOfTheWrongShapeDoNotPoisonTheInstance() throws Exception {
        ComponentInstance instance = instance();
        ComponentFunction take = f(instance, "take");
        var count = assertThrows(IllegalArgumentException.class, () -> take.call(List.of()));
        assertEquals("take takes 1 argument(s) (l), got 0", count.getMessage());
        var type = assertThrows(IllegalArgumentException.class,
                () -> take.call(List.of(new ListVal(List.of(new U32Val(1), new StringVal("x"))))));
        assertEquals("take argument 0 `l`: list element 1: expected u32, got string", type.getMessage());
        var nul = assertThrows(IllegalArgumentException.class, () -> f(instance, "f32-bits").invoke((Val) null));
        assertEquals("f32-bits argument 0 `x`: expected f32, got null", nul.getMessage());
        // nothing ran, so the instance is still usable
        take.invoke(new ListVal(List.of(new U32Val(7))));
        assertEquals(new U32Val(0), f(instance, "posts").invoke().orElseThrow());
    }
}
