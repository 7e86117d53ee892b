package dev.weft.runtime.meter;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The function types of a module's type section, enough to give each function a block type for its results,
 * adding {@code [] -> results} function types at the end when a function with parameters has several results.
 */
final class TypeSection {
    private final byte[] wasm;
    private final int bodyFrom;
    private final int bodyTo;
    private final int count;
    /** Per type index: the encoded result types of a function type, or null for other types. */
    private final List<byte[]> results;
    private final List<Integer> resultCounts;
    private final List<Integer> paramCounts;
    private final List<byte[]> added = new ArrayList<>();

    private TypeSection(byte[] wasm, int from, int to, int count, List<byte[]> results, List<Integer> resultCounts,
                        List<Integer> paramCounts) {
        this.wasm = wasm;
        this.bodyFrom = from;
        this.bodyTo = to;
        this.count = count;
        this.results = results;
        this.resultCounts = resultCounts;
        this.paramCounts = paramCounts;
    }

    static TypeSection of(byte[] wasm, Optional<ModuleMeter.Section> section) {
        var results = new ArrayList<byte[]>();
        var resultCounts = new ArrayList<Integer>();
        var paramCounts = new ArrayList<Integer>();
        if (section.isEmpty()) {
            return new TypeSection(wasm, 0, 0, 0, results, resultCounts, paramCounts);
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
                    subType(r, results, resultCounts, paramCounts);
                }
            } else {
                subType(r, results, resultCounts, paramCounts);
            }
        }
        return new TypeSection(wasm, afterCount, s.to(), entries, results, resultCounts, paramCounts);
    }

    private static void subType(WasmReader r, List<byte[]> results, List<Integer> resultCounts,
                                List<Integer> paramCounts) {
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
                for (int i = 0; i < params; i++) {
                    r.skipValType();
                }
                int n = r.u32();
                int from = r.pos();
                for (int i = 0; i < n; i++) {
                    r.skipValType();
                }
                results.add(Arrays.copyOfRange(r.bytes(), from, r.pos()));
                resultCounts.add(n);
                paramCounts.add(params);
            }
            case 0x5F -> {
                int fields = r.u32();
                for (int i = 0; i < fields; i++) {
                    r.skipValType();
                    r.u8();
                }
                other(results, resultCounts, paramCounts);
            }
            case 0x5E -> {
                r.skipValType();
                r.u8();
                other(results, resultCounts, paramCounts);
            }
            default -> throw new MeteringException("unknown type form 0x" + Integer.toHexString(form)
                    + " at offset " + (r.pos() - 1));
        }
    }

    private static void other(List<byte[]> results, List<Integer> resultCounts, List<Integer> paramCounts) {
        results.add(null);
        resultCounts.add(0);
        paramCounts.add(0);
    }

    /** The parameter count of function type {@code typeIndex}. */
    int paramCount(int typeIndex) {
        if (typeIndex < 0 || typeIndex >= results.size() || results.get(typeIndex) == null) {
            throw new MeteringException("function type index " + typeIndex + " is not a function type");
        }
        return paramCounts.get(typeIndex);
    }

    /** The block type that yields the results of function type {@code typeIndex}. */
    byte[] resultBlockType(int typeIndex) {
        if (typeIndex < 0 || typeIndex >= results.size() || results.get(typeIndex) == null) {
            throw new MeteringException("function type index " + typeIndex + " is not a function type");
        }
        int n = resultCounts.get(typeIndex);
        if (n == 0) {
            return new byte[] {0x40};
        } else if (n == 1) {
            return results.get(typeIndex);
        } else if (paramCounts.get(typeIndex) == 0) {
            return signed(typeIndex);
        }
        byte[] wanted = results.get(typeIndex);
        for (int i = 0; i < added.size(); i++) {
            if (Arrays.equals(added.get(i), wanted)) {
                return signed(results.size() + i);
            }
        }
        added.add(wanted);
        resultCounts.add(n);
        return signed(results.size() + added.size() - 1);
    }

    private static byte[] signed(int index) {
        var out = new ByteArrayOutputStream(5);
        Leb.signed(out, index);
        return out.toByteArray();
    }

    boolean grew() {
        return !added.isEmpty();
    }

    /** The section's contents with the added function types at the end (each its own recursion group). */
    byte[] body() {
        var out = new ByteArrayOutputStream(bodyTo - bodyFrom + 16 * added.size() + 5);
        Leb.unsigned(out, count + added.size());
        out.write(wasm, bodyFrom, bodyTo - bodyFrom);
        for (int i = 0; i < added.size(); i++) {
            out.write(0x60);
            out.write(0x00);
            Leb.unsigned(out, resultCounts.get(results.size() + i));
            out.writeBytes(added.get(i));
        }
        return out.toByteArray();
    }
}
