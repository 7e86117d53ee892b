package dev.weft.runtime.wasm;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The function types of a module's type section, with function types added at the end as rewriting passes need
 * them (each its own recursion group, so no existing index moves).
 */
public final class TypeSection {
    private final byte[] wasm;
    private final int bodyFrom;
    private final int bodyTo;
    private final int count;
    /** Per type index: the encoded parameter and result types of a function type, or null for other types. */
    private final List<FuncType> types;
    private final List<FuncType> added = new ArrayList<>();

    /** A function type: encoded value types and their counts. */
    public record FuncType(byte[] params, int paramCount, byte[] results, int resultCount) {
        boolean same(FuncType o) {
            return paramCount == o.paramCount && resultCount == o.resultCount && Arrays.equals(params, o.params)
                    && Arrays.equals(results, o.results);
        }
    }

    private TypeSection(byte[] wasm, int from, int to, int count, List<FuncType> types) {
        this.wasm = wasm;
        this.bodyFrom = from;
        this.bodyTo = to;
        this.count = count;
        this.types = types;
    }

    public static TypeSection of(byte[] wasm, Optional<Sections.Section> section) {
        var types = new ArrayList<FuncType>();
        if (section.isEmpty()) {
            return new TypeSection(wasm, 0, 0, 0, types);
        }
        var s = section.get();
        var r = new WasmReader(wasm, s.from(), s.to());
        int entries = r.u32();
        int afterCount = r.pos();
        for (int i = 0; i < entries; i++) {
            if (r.peek() == 0x4E) {
                r.u8();
                int n = r.u32();
                for (int j = 0; j < n; j++) {
                    subType(r, types);
                }
            } else {
                subType(r, types);
            }
        }
        return new TypeSection(wasm, afterCount, s.to(), entries, types);
    }

    private static void subType(WasmReader r, List<FuncType> types) {
        int b = r.peek();
        if (b == 0x50 || b == 0x4F) {
            r.u8();
            int supers = r.u32();
            for (int i = 0; i < supers; i++) {
                r.u32();
            }
        }
        int form = r.u8();
        switch (form) {
            case 0x60 -> {
                int params = r.u32();
                int pFrom = r.pos();
                for (int i = 0; i < params; i++) {
                    r.skipValType();
                }
                byte[] p = Arrays.copyOfRange(r.bytes(), pFrom, r.pos());
                int n = r.u32();
                int from = r.pos();
                for (int i = 0; i < n; i++) {
                    r.skipValType();
                }
                types.add(new FuncType(p, params, Arrays.copyOfRange(r.bytes(), from, r.pos()), n));
            }
            case 0x5F -> {
                int fields = r.u32();
                for (int i = 0; i < fields; i++) {
                    r.skipValType();
                    r.u8();
                }
                types.add(null);
            }
            case 0x5E -> {
                r.skipValType();
                r.u8();
                types.add(null);
            }
            default -> throw new WasmFormatException("unknown type form 0x" + Integer.toHexString(form)
                    + " at offset " + (r.pos() - 1));
        }
    }

    /** Function type {@code typeIndex} (an original or an added one). */
    public FuncType funcType(int typeIndex) {
        FuncType t = null;
        if (typeIndex >= 0 && typeIndex < types.size()) {
            t = types.get(typeIndex);
        } else if (typeIndex >= types.size() && typeIndex < types.size() + added.size()) {
            t = added.get(typeIndex - types.size());
        }
        if (t == null) {
            throw new WasmFormatException("type index " + typeIndex + " is not a function type");
        }
        return t;
    }

    /** The parameter count of function type {@code typeIndex}. */
    public int paramCount(int typeIndex) {
        return funcType(typeIndex).paramCount();
    }

    /** The block type that yields the results of function type {@code typeIndex}. */
    public byte[] resultBlockType(int typeIndex) {
        FuncType t = funcType(typeIndex);
        if (t.resultCount() <= 1 || t.paramCount() == 0) {
            return blockType(t.results(), t.resultCount(), typeIndex);
        }
        return blockType(t.results(), t.resultCount(), -1);
    }

    /** A block type {@code [] -> results}, adding a function type for several results when needed. */
    public byte[] blockType(byte[] results, int resultCount) {
        return blockType(results, resultCount, -1);
    }

    private byte[] blockType(byte[] results, int resultCount, int existing) {
        if (resultCount == 0) {
            return new byte[] {0x40};
        } else if (resultCount == 1) {
            return results;
        } else if (existing >= 0) {
            return signed(existing);
        }
        return signed(indexOf(new FuncType(new byte[0], 0, results, resultCount)));
    }

    /** The index of a function type equal to {@code wanted} among the added ones, adding it if needed. */
    public int indexOf(FuncType wanted) {
        for (int i = 0; i < added.size(); i++) {
            if (added.get(i).same(wanted)) {
                return types.size() + i;
            }
        }
        added.add(wanted);
        return types.size() + added.size() - 1;
    }

    private static byte[] signed(int index) {
        var out = new ByteArrayOutputStream(5);
        Leb.signed(out, index);
        return out.toByteArray();
    }

    public boolean grew() {
        return !added.isEmpty();
    }

    /** The section's contents with the added function types at the end (each its own recursion group). */
    public byte[] body() {
        var out = new ByteArrayOutputStream(bodyTo - bodyFrom + 16 * added.size() + 5);
        Leb.unsigned(out, count + added.size());
        out.write(wasm, bodyFrom, bodyTo - bodyFrom);
        for (FuncType t : added) {
            out.write(0x60);
            Leb.unsigned(out, t.paramCount());
            out.writeBytes(t.params());
            Leb.unsigned(out, t.resultCount());
            out.writeBytes(t.results());
        }
        return out.toByteArray();
    }
}
