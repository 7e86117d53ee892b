package dev.weft.runtime.split;

import dev.weft.runtime.wasm.Leb;
import dev.weft.runtime.wasm.Sections;
import dev.weft.runtime.wasm.TypeSection;
import dev.weft.runtime.wasm.WasmFormatException;
import dev.weft.runtime.wasm.WasmReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits functions too large for the compiler: in every function whose estimated JVM bytecode ({@link
 * BytecodeCost}) is over {@code limit} bytes, regions (whole {@code block}/{@code loop}/{@code if} constructs, or
 * the tail of a block after a leading construct) are outlined into new functions (see {@link Outliner}) until the
 * body, and each new function, is at most about {@code limit} bytes. New functions, their types and the transfer globals are appended after the module's own,
 * so no existing index moves; every other section is kept as it is. Pure: same bytes and limit, same output.
 */
public final class ModuleSplitter {
    /** Version of the transform's output; part of compile-cache keys. */
    public static final int VERSION = 7;

    /** No body smaller than the limit over this can be over the limit in estimated bytecode. */
    private static final long MAX_BYTECODE_PER_BYTE = 4;

    private ModuleSplitter() {}

    /**
     * The module with its large functions split.
     *
     * @throws WasmFormatException when the bytes are malformed or a large function holds an unknown instruction
     */
    public static SplitModule split(byte[] wasm, long limit) {
        return split(wasm, limit, limit);
    }

    /**
     * The module with its large functions split, a method holding a switch's dispatch (a {@code br_table} of 64 or
     * more targets) allowed up to {@code dispatchLimit} estimated bytes so that the dispatch and the calls to its
     * cases stay in one method ({@code limit} keeps such methods within the limit like any other).
     *
     * @throws WasmFormatException when the bytes are malformed or a large function holds an unknown instruction
     */
    public static SplitModule split(byte[] wasm, long limit, long dispatchLimit) {
        return split(wasm, new SplitOptions(limit, dispatchLimit, true));
    }

    /**
     * The module with its large functions split as {@code options} say.
     *
     * @throws WasmFormatException when the bytes are malformed or a large function holds an unknown instruction
     */
    public static SplitModule split(byte[] wasm, SplitOptions options) {
        long limit = options.limit();
        var sections = Sections.of(wasm);
        var code = sections.find(Sections.CODE);
        if (code.isEmpty() || !anyOver(wasm, code.get(), limit)) {
            return new SplitModule(wasm, 0, 0, 0);
        }
        var types = TypeSection.of(wasm, sections.find(Sections.TYPE));
        var blockTypes = new BlockTypes(types);
        int[] functionTypes = sections.functionTypes();
        int importedFunctions = sections.imported(0);
        var globals = new TransferGlobals(sections.imported(3) + sections.definedGlobals());
        var added = new ArrayList<byte[]>();
        var addedTypes = new ArrayList<Integer>();
        var sink = new Outliner.Sink() {
            @Override
            public int reserve(int typeIndex) {
                added.add(null);
                addedTypes.add(typeIndex);
                return importedFunctions + functionTypes.length + added.size() - 1;
            }

            @Override
            public void define(int index, byte[] body) {
                added.set(index - importedFunctions - functionTypes.length, body);
            }
        };
        var r = new WasmReader(wasm, code.get().from(), code.get().to());
        int count = r.u32();
        if (count != functionTypes.length) {
            throw new WasmFormatException("the code section has " + count + " bodies for " + functionTypes.length
                    + " functions");
        }
        var bodies = new ByteArrayOutputStream(code.get().to() - code.get().from() + 1024);
        int split = 0;
        for (int i = 0; i < count; i++) {
            int size = r.u32();
            int from = r.pos();
            r.skip(size);
            byte[] body = null;
            if (size > limit / MAX_BYTECODE_PER_BYTE) {
                body = splitFunction(wasm, from, from + size, types.funcType(functionTypes[i]), blockTypes, options,
                        globals, types, sink);
            }
            if (body == null) {
                Leb.unsigned(bodies, size);
                bodies.write(wasm, from, size);
            } else {
                split++;
                Leb.unsigned(bodies, body.length);
                bodies.writeBytes(body);
            }
        }
        if (split == 0) {
            return new SplitModule(wasm, 0, 0, 0);
        }
        byte[] out = assemble(sections, types, functionTypes.length, addedTypes, count, bodies.toByteArray(),
                added, globals);
        return new SplitModule(out, split, added.size(), globals.count());
    }

    private static boolean anyOver(byte[] wasm, Sections.Section code, long limit) {
        var r = new WasmReader(wasm, code.from(), code.to());
        int count = r.u32();
        for (int i = 0; i < count; i++) {
            int size = r.u32();
            if (size > limit / MAX_BYTECODE_PER_BYTE) {
                return true;
            }
            r.skip(size);
        }
        return false;
    }

    /** The new body, or null when no region of it could be outlined. */
    private static byte[] splitFunction(byte[] wasm, int from, int to, TypeSection.FuncType type,
                                        BlockTypes blockTypes, SplitOptions options,
                                        TransferGlobals globals, TypeSection types, Outliner.Sink sink) {
        var shape = FunctionShape.of(wasm, from, to, type);
        if (shape == null) {
            return null;
        }
        var tree = RegionTree.build(wasm, shape, blockTypes);
        var liveness = Liveness.of(wasm, shape);
        int chosen = new RegionSelector(options.limit(), options.dispatchLimit(), shape.locals(), tree.labelTypes(),
                liveness).select(tree.postOrder());
        if (chosen == 0) {
            return null;
        }
        return new Outliner(wasm, shape, tree, liveness, globals, types, sink, options.packResults()).rewrite(from);
    }

    private static byte[] assemble(Sections sections, TypeSection types, int defined, List<Integer> addedTypes,
                                   int bodyCount, byte[] bodies, List<byte[]> added, TransferGlobals globals) {
        byte[] wasm = sections.wasm();
        var out = new ByteArrayOutputStream(wasm.length + bodies.length / 8 + 4096);
        out.write(wasm, 0, 8);
        boolean typesWritten = false;
        boolean globalsWritten = false;
        for (Sections.Section s : sections.list()) {
            if (s.id() != 0) {
                if (!typesWritten && Sections.order(s.id()) >= Sections.order(Sections.TYPE)) {
                    if (s.id() != Sections.TYPE) {
                        Sections.write(out, Sections.TYPE, types.body());
                    }
                    typesWritten = true;
                }
                if (!globalsWritten && Sections.order(s.id()) >= Sections.order(Sections.GLOBAL)) {
                    if (s.id() != Sections.GLOBAL) {
                        Sections.write(out, Sections.GLOBAL, globalSection(sections, globals));
                    }
                    globalsWritten = true;
                }
            }
            switch (s.id()) {
                case Sections.TYPE -> Sections.write(out, Sections.TYPE, types.body());
                case Sections.FUNCTION -> Sections.write(out, Sections.FUNCTION,
                        functionSection(wasm, s, defined, addedTypes));
                case Sections.GLOBAL -> Sections.write(out, Sections.GLOBAL, globalSection(sections, globals));
                case Sections.CODE -> {
                    var section = new ByteArrayOutputStream(bodies.length + 16);
                    Leb.unsigned(section, bodyCount + added.size());
                    section.writeBytes(bodies);
                    for (byte[] body : added) {
                        Leb.unsigned(section, body.length);
                        section.writeBytes(body);
                    }
                    Sections.write(out, Sections.CODE, section.toByteArray());
                }
                default -> sections.copy(out, s);
            }
        }
        if (!globalsWritten) {
            Sections.write(out, Sections.GLOBAL, globalSection(sections, globals));
        }
        return out.toByteArray();
    }

    private static byte[] functionSection(byte[] wasm, Sections.Section s, int defined, List<Integer> addedTypes) {
        var r = new WasmReader(wasm, s.from(), s.to());
        r.u32();
        var out = new ByteArrayOutputStream(s.to() - s.from() + addedTypes.size() * 3 + 5);
        Leb.unsigned(out, defined + addedTypes.size());
        out.write(wasm, r.pos(), s.to() - r.pos());
        for (int typeIndex : addedTypes) {
            Leb.unsigned(out, typeIndex);
        }
        return out.toByteArray();
    }

    private static byte[] globalSection(Sections sections, TransferGlobals globals) {
        var out = new ByteArrayOutputStream();
        int existing = sections.definedGlobals();
        Leb.unsigned(out, existing + globals.count());
        sections.find(Sections.GLOBAL).ifPresent(s -> {
            var r = new WasmReader(sections.wasm(), s.from(), s.to());
            r.u32();
            out.write(sections.wasm(), r.pos(), s.to() - r.pos());
        });
        globals.writeEntries(out);
        return out.toByteArray();
    }
}
