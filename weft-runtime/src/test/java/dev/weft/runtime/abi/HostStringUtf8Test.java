package dev.weft.runtime.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.types.PrimitiveType;
import dev.weft.value.StringVal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Host strings reach UTF-8 guests with one exactly sized realloc (what the WASI preview1 adapter requires). */
class HostStringUtf8Test {
    @Test
    void nonAsciiHostStringIsOneExactAllocation() throws Exception {
        String s = "ünïcode ✓";
        int bytes = s.getBytes(StandardCharsets.UTF_8).length;
        AbiFixture f = new AbiFixture(1 << 16).encoding(StringEncoding.UTF8);
        var cx = new LiftLowerContext(f.options(), f.instance, f.task, f.layouts);
        FlatWriter out = new FlatWriter();
        FlatLowerer.lowerFlat(cx, new StringVal(s), PrimitiveType.STRING, out);
        assertEquals(1, f.realloc.log.size(), String.join(";", f.realloc.log));
        assertEquals("0/0/1/" + bytes, f.realloc.log.get(0).split("=>")[0]);
        long[] flat = out.toArray();
        assertEquals(bytes, flat[1]);
        assertEquals(new StringVal(s), FlatLifter.liftFlat(f.liftCx(), new FlatReader(flat), PrimitiveType.STRING));
    }
}
