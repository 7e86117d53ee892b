package dev.weft.runtime.split;

import dev.weft.runtime.wasm.Sections;
import dev.weft.runtime.wasm.WasmFormatException;
import dev.weft.runtime.wasm.WasmReader;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The sections a split changes besides the code: types, functions and globals. A compile cache stores them next
 * to the compiled classes so that loading cached code needs no new split: {@link #apply} puts them into the
 * original module, which gives the split module's index spaces and types (its code section stays the original's,
 * which is enough where no function body is decoded).
 */
public final class SplitSections {
    private static final int[] CHANGED = {Sections.TYPE, Sections.FUNCTION, Sections.GLOBAL};

    private SplitSections() {}

    /** The changed sections of {@code splitWasm}, headers included, in module order. */
    public static byte[] extract(byte[] splitWasm) {
        var sections = Sections.of(splitWasm);
        var out = new ByteArrayOutputStream();
        for (Sections.Section s : sections.list()) {
            for (int id : CHANGED) {
                if (s.id() == id) {
                    sections.copy(out, s);
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * {@code original} with the sections in {@code extracted} (from {@link #extract}) replacing or joining its
     * own.
     *
     * @throws WasmFormatException when {@code extracted} is not a run of sections
     */
    public static byte[] apply(byte[] original, byte[] extracted) {
        Map<Integer, byte[]> replacements = new HashMap<>();
        var r = new WasmReader(extracted, 0, extracted.length);
        while (!r.atEnd()) {
            int header = r.pos();
            int id = r.u8();
            r.skip(r.u32());
            replacements.put(id, java.util.Arrays.copyOfRange(extracted, header, r.pos()));
        }
        var sections = Sections.of(original);
        var out = new ByteArrayOutputStream(original.length + extracted.length);
        out.write(original, 0, 8);
        for (Sections.Section s : sections.list()) {
            if (s.id() != 0) {
                for (int id : CHANGED) {
                    byte[] section = replacements.get(id);
                    if (section != null && Sections.order(id) < Sections.order(s.id())) {
                        out.writeBytes(section);
                        replacements.remove(id);
                    }
                }
            }
            byte[] own = replacements.remove(s.id());
            if (own != null) {
                out.writeBytes(own);
            } else {
                sections.copy(out, s);
            }
        }
        for (int id : CHANGED) {
            byte[] section = replacements.remove(id);
            if (section != null) {
                out.writeBytes(section);
            }
        }
        return out.toByteArray();
    }
}
