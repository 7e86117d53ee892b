package dev.weft.runtime.meter;

import dev.weft.runtime.wasm.Leb;
import dev.weft.runtime.wasm.Sections;
import dev.weft.runtime.wasm.TypeSection;
import dev.weft.runtime.wasm.WasmFormatException;
import dev.weft.runtime.wasm.WasmReader;
import java.io.ByteArrayOutputStream;

/**
 * Instruments a core module for fuel and/or call-depth metering: appends one mutable i64 global per meter (after
 * every existing global, so no index moves) and rewrites each function body with {@link FunctionMeter}. The
 * host owns the globals' values; metered code only counts them down and traps with {@code unreachable} when one
 * goes below zero, so the host tells a meter trap from a guest one by looking at the global.
 */
public final class ModuleMeter {
    private static final int TYPE = Sections.TYPE;
    private static final int GLOBAL = Sections.GLOBAL;
    private static final int CODE = Sections.CODE;

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
        try {
            return instrumentOrThrow(wasm, fuel, callDepth);
        } catch (WasmFormatException e) {
            throw new MeteringException(e.getMessage());
        }
    }

    private static MeteredModule instrumentOrThrow(byte[] wasm, boolean fuel, boolean callDepth) {
        var all = Sections.of(wasm);
        var sections = all.list();
        var types = TypeSection.of(wasm, all.find(TYPE));
        int importedGlobals = all.imported(3);
        int definedGlobals = all.definedGlobals();
        int fuelDefined = fuel ? definedGlobals : -1;
        int depthDefined = callDepth ? definedGlobals + (fuel ? 1 : 0) : -1;
        int fuelGlobal = fuel ? importedGlobals + fuelDefined : -1;
        int depthGlobal = callDepth ? importedGlobals + depthDefined : -1;
        int[] functionTypes = all.functionTypes();

        byte[] code = null;
        for (Sections.Section s : sections) {
            if (s.id() == CODE) {
                code = code(wasm, s, functionTypes, types, fuelGlobal, depthGlobal);
            }
        }
        int added = (fuel ? 1 : 0) + (callDepth ? 1 : 0);
        byte[] newGlobals = globals(new byte[] {0}, 0, 1, 0, added);
        var out = new ByteArrayOutputStream(wasm.length + wasm.length / 8);
        out.write(wasm, 0, 8);
        boolean typesWritten = false;
        boolean globalsWritten = false;
        for (Sections.Section s : sections) {
            if (s.id() != 0) {
                if (!typesWritten && Sections.order(s.id()) >= Sections.order(TYPE)) {
                    if (s.id() != TYPE && types.grew()) {
                        Sections.write(out, TYPE, types.body());
                    }
                    typesWritten = true;
                }
                if (!globalsWritten && Sections.order(s.id()) >= Sections.order(GLOBAL)) {
                    if (s.id() != GLOBAL) {
                        Sections.write(out, GLOBAL, newGlobals);
                    }
                    globalsWritten = true;
                }
            }
            switch (s.id()) {
                case TYPE -> Sections.write(out, TYPE, types.body());
                case GLOBAL -> Sections.write(out, GLOBAL, globals(wasm, s.from(), s.to(), definedGlobals, added));
                case CODE -> Sections.write(out, CODE, code);
                default -> out.write(wasm, s.header(), s.to() - s.header());
            }
        }
        if (!globalsWritten) {
            Sections.write(out, GLOBAL, newGlobals);
        }
        return new MeteredModule(out.toByteArray(), fuelDefined, depthDefined);
    }

    private static byte[] code(byte[] wasm, Sections.Section s, int[] functionTypes, TypeSection types, int fuelGlobal,
                               int depthGlobal) {
        var r = new WasmReader(wasm, s.from(), s.to());
        int count = r.u32();
        if (count != functionTypes.length) {
            throw new MeteringException("the code section has " + count + " bodies for " + functionTypes.length
                    + " functions");
        }
        var out = new ByteArrayOutputStream(s.to() - s.from() + count * 32);
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
}
