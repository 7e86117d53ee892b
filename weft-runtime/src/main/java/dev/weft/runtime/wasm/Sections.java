package dev.weft.runtime.wasm;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The top-level sections of a core module, with what rewriting passes need to know about the index spaces
 * (imported globals and functions, the type of each defined function) and to write sections back in order.
 */
public final class Sections {
    public static final int TYPE = 1;
    public static final int IMPORT = 2;
    public static final int FUNCTION = 3;
    public static final int GLOBAL = 6;
    public static final int CODE = 10;
    /** Where each section id goes in a module, by id (the tag section, 13, sits before globals). */
    private static final int[] ORDER = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6};

    private final byte[] wasm;
    private final List<Section> list;

    private Sections(byte[] wasm, List<Section> list) {
        this.wasm = wasm;
        this.list = list;
    }

    /** A top-level section: id, where its header starts, and its contents' range. */
    public record Section(int id, int header, int from, int to) {}

    /** Splits {@code wasm} (a core module, header included) into its sections. */
    public static Sections of(byte[] wasm) {
        var sections = new ArrayList<Section>();
        var r = new WasmReader(wasm, 8, wasm.length);
        while (!r.atEnd()) {
            int header = r.pos();
            int id = r.u8();
            int size = r.u32();
            int from = r.pos();
            r.skip(size);
            if (id >= ORDER.length) {
                throw new WasmFormatException("unknown section id " + id + " at offset " + header);
            }
            sections.add(new Section(id, header, from, r.pos()));
        }
        return new Sections(wasm, sections);
    }

    public byte[] wasm() {
        return wasm;
    }

    public List<Section> list() {
        return list;
    }

    public Optional<Section> find(int id) {
        return list.stream().filter(s -> s.id() == id).findFirst();
    }

    /** Where section {@code id} goes among the others (custom sections: 0). */
    public static int order(int id) {
        return ORDER[id];
    }

    /** The number of globals the module defines (not imports). */
    public int definedGlobals() {
        return find(GLOBAL).map(s -> new WasmReader(wasm, s.from(), s.to()).u32()).orElse(0);
    }

    /** The number of imports of {@code kind} (0 functions, 1 tables, 2 memories, 3 globals, 4 tags). */
    public int imported(int kind) {
        int n = 0;
        for (Section s : list) {
            if (s.id() != IMPORT) {
                continue;
            }
            var r = new WasmReader(wasm, s.from(), s.to());
            int count = r.u32();
            for (int i = 0; i < count; i++) {
                r.skipName();
                r.skipName();
                int k = r.u8();
                switch (k) {
                    case 0x00 -> r.u32();
                    case 0x01 -> {
                        r.skipValType();
                        r.skipLimits();
                    }
                    case 0x02 -> r.skipLimits();
                    case 0x03 -> {
                        r.skipValType();
                        r.u8();
                    }
                    case 0x04 -> {
                        r.u8();
                        r.u32();
                    }
                    default -> throw new WasmFormatException("unknown import kind " + k + " at offset " + r.pos());
                }
                if (k == kind) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The type index of each defined function, from the function section. */
    public int[] functionTypes() {
        return find(FUNCTION).map(s -> {
            var r = new WasmReader(wasm, s.from(), s.to());
            int[] types = new int[r.u32()];
            for (int i = 0; i < types.length; i++) {
                types[i] = r.u32();
            }
            return types;
        }).orElse(new int[0]);
    }

    /** Writes a section with its header. */
    public static void write(ByteArrayOutputStream out, int id, byte[] body) {
        out.write(id);
        Leb.unsigned(out, body.length);
        out.writeBytes(body);
    }

    /** Copies a section of this module as it is. */
    public void copy(ByteArrayOutputStream out, Section s) {
        out.write(wasm, s.header(), s.to() - s.header());
    }
}
