package dev.weft.runtime.meter;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Instruments a core module for fuel and/or call-depth metering: appends one mutable i64 global per meter (after
 * every existing global, so no index moves) and rewrites each function body with {@link FunctionMeter}. The
 * host owns the globals' values; metered code only counts them down and traps with {@code unreachable} when one
 * goes below zero, so the host tells a meter trap from a guest one by looking at the global.
 */
public final class ModuleMeter {
    private static final int TYPE = 1;
    private static final int IMPORT = 2;
    private static final int FUNCTION = 3;
    private static final int GLOBAL = 6;
    private static final int CODE = 10;
    /** Where each section id goes in a module, by id (the tag section, 13, sits before globals). */
    private static final int[] ORDER = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6};

    private ModuleMeter() {}

    /**
     * The instrumented module.
     *
     * @throws MeteringException if the bytes are malformed or use an instruction the meter does not know
     */
    public static MeteredModule instrument(byte[] wasm, boolean fuel, boolean callDepth) {
        if (!fuel && !callDepth) {
            return new MeteredModule(wasm, -1, -1);
        }
        var sections = Section.split(wasm);
        var types = TypeSection.of(wasm, sections.stream().filter(s -> s.id == TYPE).findFirst());
        int importedGlobals = importedGlobals(wasm, sections);
        int definedGlobals = sections.stream().filter(s -> s.id == GLOBAL).findFirst()
                .map(s -> new WasmReader(wasm, s.from, s.to).u32()).orElse(0);
        int fuelDefined = fuel ? definedGlobals : -1;
        int depthDefined = callDepth ? definedGlobals + (fuel ? 1 : 0) : -1;
        int fuelGlobal = fuel ? importedGlobals + fuelDefined : -1;
        int depthGlobal = callDepth ? importedGlobals + depthDefined : -1;
        int[] functionTypes = functionTypes(wasm, sections);

        byte[] code = null;
        for (Section s : sections) {
            if (s.id == CODE) {
                code = code(wasm, s, functionTypes, types, fuelGlobal, depthGlobal);
            }
        }
        int added = (fuel ? 1 : 0) + (callDepth ? 1 : 0);
        byte[] newGlobals = globals(new byte[] {0}, 0, 1, 0, added);
        var out = new ByteArrayOutputStream(wasm.length + wasm.length / 8);
        out.write(wasm, 0, 8);
        boolean typesWritten = false;
        boolean globalsWritten = false;
        for (Section s : sections) {
            if (s.id != 0) {
                if (!typesWritten && ORDER[s.id] >= ORDER[TYPE]) {
                    if (s.id != TYPE && types.grew()) {
                        writeSection(out, TYPE, types.body());
                    }
                    typesWritten = true;
                }
                if (!globalsWritten && ORDER[s.id] >= ORDER[GLOBAL]) {
                    if (s.id != GLOBAL) {
                        writeSection(out, GLOBAL, newGlobals);
                    }
                    globalsWritten = true;
                }
            }
            switch (s.id) {
                case TYPE -> writeSection(out, TYPE, types.body());
                case GLOBAL -> writeSection(out, GLOBAL, globals(wasm, s.from, s.to, definedGlobals, added));
                case CODE -> writeSection(out, CODE, code);
                default -> out.write(wasm, s.header, s.to - s.header);
            }
        }
        if (!globalsWritten) {
            writeSection(out, GLOBAL, newGlobals);
        }
        return new MeteredModule(out.toByteArray(), fuelDefined, depthDefined);
    }

    private static byte[] code(byte[] wasm, Section s, int[] functionTypes, TypeSection types, int fuelGlobal,
                               int depthGlobal) {
        var r = new WasmReader(wasm, s.from, s.to);
        int count = r.u32();
        if (count != functionTypes.length) {
            throw new MeteringException("the code section has " + count + " bodies for " + functionTypes.length
                    + " functions");
        }
        var out = new ByteArrayOutputStream(s.to - s.from + count * 32);
        Leb.unsigned(out, count);
        for (int i = 0; i < count; i++) {
            int size = r.u32();
            int from = r.pos();
            r.skip(size);
            byte[] blockType = types.resultBlockType(functionTypes[i]);
            byte[] body = new FunctionMeter(fuelGlobal, depthGlobal, blockType, types.paramCount(functionTypes[i]))
                    .rewrite(wasm, from, from + size);
            Leb.unsigned(out, body.length);
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private static byte[] globals(byte[] wasm, int from, int to, int existing, int added) {
        var r = new WasmReader(wasm, from, to);
        r.u32();
        var out = new ByteArrayOutputStream(to - from + added * 5 + 5);
        Leb.unsigned(out, existing + added);
        out.write(wasm, r.pos(), to - r.pos());
        for (int i = 0; i < added; i++) {
            out.writeBytes(new byte[] {0x7E, 0x01, 0x42, 0x00, 0x0B}); // (mut i64) (i64.const 0)
        }
        return out.toByteArray();
    }

    private static int importedGlobals(byte[] wasm, List<Section> sections) {
        int globals = 0;
        for (Section s : sections) {
            if (s.id != IMPORT) {
                continue;
            }
            var r = new WasmReader(wasm, s.from, s.to);
            int count = r.u32();
            for (int i = 0; i < count; i++) {
                r.skipName();
                r.skipName();
                int kind = r.u8();
                switch (kind) {
                    case 0x00 -> r.u32();
                    case 0x01 -> {
                        r.skipValType();
                        r.skipLimits();
                    }
                    case 0x02 -> r.skipLimits();
                    case 0x03 -> {
                        r.skipValType();
                        r.u8();
                        globals++;
                    }
                    case 0x04 -> {
                        r.u8();
                        r.u32();
                    }
                    default -> throw new MeteringException("unknown import kind " + kind + " at offset " + r.pos());
                }
            }
        }
        return globals;
    }

    private static int[] functionTypes(byte[] wasm, List<Section> sections) {
        for (Section s : sections) {
            if (s.id == FUNCTION) {
                var r = new WasmReader(wasm, s.from, s.to);
                int[] types = new int[r.u32()];
                for (int i = 0; i < types.length; i++) {
                    types[i] = r.u32();
                }
                return types;
            }
        }
        return new int[0];
    }

    private static void writeSection(ByteArrayOutputStream out, int id, byte[] body) {
        out.write(id);
        Leb.unsigned(out, body.length);
        out.writeBytes(body);
    }

    /** A top-level section: id, where its header starts, and its contents' range. */
    record Section(int id, int header, int from, int to, byte[] bytes) {
        static List<Section> split(byte[] wasm) {
            var sections = new ArrayList<Section>();
            var r = new WasmReader(wasm, 8, wasm.length);
            while (!r.atEnd()) {
                int header = r.pos();
                int id = r.u8();
                int size = r.u32();
                int from = r.pos();
                r.skip(size);
                if (id >= ORDER.length) {
                    throw new MeteringException("unknown section id " + id + " at offset " + header);
                }
                sections.add(new Section(id, header, from, r.pos(), wasm));
            }
            return sections;
        }
    }

}
