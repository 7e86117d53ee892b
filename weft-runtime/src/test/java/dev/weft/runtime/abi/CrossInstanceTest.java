package dev.weft.runtime.abi;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.runtime.resource.GuestDestructor;
import dev.weft.runtime.resource.GuestRep;
import dev.weft.runtime.resource.ResourceBuiltins;
import dev.weft.runtime.resource.ResourceHandleEntry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.weft.runtime.abi.StringTranscodingTest.assertTrap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Component A calls component B's exports through lowered imports wired to B's lifted exports: a resource
 * implemented by B moves into A's table, is lent back to B as a borrow (B sees its rep), and is finally given
 * back to B, which drops it and runs its destructor.
 */
class CrossInstanceTest {
    private final ResourceType thing = new ResourceType("thing");
    private final AbiFixture a = new AbiFixture();
    private final AbiFixture b = new AbiFixture().encoding(StringEncoding.UTF16);
    private final List<Integer> destroyed = new ArrayList<>();

    private static FuncType func(Optional<ValueType> result, ValueType... params) {
        List<FuncType.Param> ps = new ArrayList<>();
        for (ValueType p : params) {
            ps.add(new FuncType.Param("p" + ps.size(), p));
        }
        return new FuncType(ps, result, false);
    }

    private CanonLower wire(String name, FuncType ft, FlatFunction bCore) {
        CanonLift export = new CanonLift(name, ft, b.options(), b.instance, bCore, b.layouts);
        return new CanonLower(name, ft, a.options(), a.instance, export.calledFrom(a.instance), a.layouts);
    }

    @Test
    void resourceLifecycleAcrossInstances() throws Trap {
        CanonLower make = wire("make", func(Optional.of(new OwnType(thing))),
                args -> new long[] {ResourceBuiltins.resourceNew(b.instance, thing, 77)});
        long[] made = make.call(new long[0]);
        int handle = (int) made[0];
        assertEquals(0, b.instance.handles().liveCount(), "the own handle left B's table");
        ResourceHandleEntry entry = (ResourceHandleEntry) a.instance.handles().get(handle);
        assertEquals(new GuestRep(thing, b.instance, 77), entry.rep());

        int[] lendsSeen = {-1};
        CanonLower inspect = wire("inspect", func(Optional.of(PrimitiveType.U32), new BorrowType(thing)), args -> {
            lendsSeen[0] = entry.numLends();
            return new long[] {args[0]}; // B implements thing: the borrow arrives as the rep itself
        });
        assertArrayEquals(new long[] {77}, inspect.call(new long[] {handle}));
        assertEquals(1, lendsSeen[0]);
        assertEquals(0, entry.numLends());

        GuestDestructor dtor = new GuestDestructor(b.instance, destroyed::add);
        CanonLower consume = wire("consume", func(Optional.empty(), new OwnType(thing)), args -> {
            ResourceBuiltins.resourceDrop(b.instance, thing, (int) args[0], dtor);
            return new long[0];
        });
        consume.call(new long[] {handle});
        assertEquals(List.of(77), destroyed);
        assertEquals(0, a.instance.handles().liveCount());
        assertEquals(0, b.instance.handles().liveCount());
        assertEquals(true, a.instance.mayEnter());
        assertEquals(true, b.instance.mayEnter());
    }

    @Test
    void stringsAreTranscodedBetweenEncodings() throws Trap {
        FuncType ft = func(Optional.of(PrimitiveType.STRING), PrimitiveType.STRING);
        CanonLower echo = wire("echo", ft, args -> {
            // B (UTF-16) got the string: append its length in code units as a UTF-16 digit
            String got = new String(b.memory.read(args[0], 2 * (int) args[1]), StandardCharsets.UTF_16LE);
            byte[] out = (got + args[1]).getBytes(StandardCharsets.UTF_16LE);
            b.memory.write(600, out, 0, out.length);
            b.memory.writeI32(700, 600);
            b.memory.writeI32(704, out.length / 2);
            return new long[] {700};
        });
        byte[] in = "\u00e9\uD83D\uDE00".getBytes(StandardCharsets.UTF_8); // 2 + 4 UTF-8 bytes, 3 UTF-16 units
        a.memory.write(100, in, 0, in.length);
        assertArrayEquals(new long[0], echo.call(new long[] {100, in.length, 200}));
        long ptr = a.memory.readI32(200);
        int len = a.memory.readI32(204);
        assertEquals("\u00e9\uD83D\uDE003", new String(a.memory.read(ptr, len), StandardCharsets.UTF_8));
    }

    @Test
    void calleeCannotCallBackIntoAnActiveCaller() {
        FuncType ft = func(Optional.empty());
        CanonLower[] aImportsB = new CanonLower[1];
        CanonLift aExport = new CanonLift("a-run", ft, a.options(), a.instance, args -> aImportsB[0].call(args),
                a.layouts);
        // B's export calls back into A's export (caller B) while A is still active
        CanonLower bImportsA = new CanonLower("a-run", ft, b.options(), b.instance, aExport.calledFrom(b.instance),
                b.layouts);
        CanonLift bExport = new CanonLift("b-run", ft, b.options(), b.instance, bImportsA::call, b.layouts);
        aImportsB[0] = new CanonLower("b-run", ft, a.options(), a.instance, bExport.calledFrom(a.instance),
                a.layouts);
        assertTrap("cannot enter instance test", () -> aExport.call(List.of()));
    }
}
