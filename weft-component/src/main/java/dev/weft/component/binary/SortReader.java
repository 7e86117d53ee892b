package dev.weft.component.binary;

import dev.weft.component.ast.CoreSort;
import dev.weft.component.ast.CoreSortIndex;
import dev.weft.component.ast.Sort;
import dev.weft.component.ast.SortIndex;
import dev.weft.error.DecodeException;

/** Reads {@code sort}, {@code core:sort} and the sort-index pairs built from them. */
final class SortReader {
    private SortReader() {}

    /**
     * {@code sort} as allowed for externally visible items (instantiate args, inline exports, exports, export
     * aliases, extern types): like wasmparser, the only core sort accepted here is {@code core module}.
     */
    static Sort readExternalKind(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b1 = r.readU8();
        int b2 = b1 == 0x00 ? r.readU8() : -1;
        return externalKind(b1, b2, at);
    }

    /** The external kind for an already read first byte {@code b1} (and {@code b2} if {@code b1} is 0x00). */
    static Sort externalKind(int b1, int b2, long at) throws DecodeException {
        return switch (b1) {
            case 0x00 -> {
                if (b2 != 0x11) {
                    throw BinaryReader.invalidLeadingByte(b2, "component external kind", at + 1);
                }
                yield Sort.CORE_MODULE;
            }
            case 0x01 -> Sort.FUNC;
            case 0x02 -> Sort.VALUE;
            case 0x03 -> Sort.TYPE;
            case 0x04 -> Sort.COMPONENT;
            case 0x05 -> Sort.INSTANCE;
            default -> throw BinaryReader.invalidLeadingByte(b1, "component external kind", at);
        };
    }

    /** Any {@code sort} including every core sort (used by the name section). */
    static Sort readAnySort(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b1 = r.readU8();
        return switch (b1) {
            case 0x00 -> Sort.ofCore(readAnyCoreSort(r));
            case 0x01 -> Sort.FUNC;
            case 0x02 -> Sort.VALUE;
            case 0x03 -> Sort.TYPE;
            case 0x04 -> Sort.COMPONENT;
            case 0x05 -> Sort.INSTANCE;
            default -> throw BinaryReader.invalidLeadingByte(b1, "sort", at);
        };
    }

    /** {@code core:sort}, all eight values. */
    static CoreSort readAnyCoreSort(BinaryReader r) throws DecodeException {
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> CoreSort.FUNC;
            case 0x01 -> CoreSort.TABLE;
            case 0x02 -> CoreSort.MEMORY;
            case 0x03 -> CoreSort.GLOBAL;
            case 0x04 -> CoreSort.TAG;
            case 0x10 -> CoreSort.TYPE;
            case 0x11 -> CoreSort.MODULE;
            case 0x12 -> CoreSort.INSTANCE;
            default -> throw r.invalidLeadingByte(b, "core sort");
        };
    }

    /** A core external kind (func, table, memory, global, tag) as in core exports. */
    static CoreSort coreExternalKind(int b, long at) throws DecodeException {
        return switch (b) {
            case 0x00 -> CoreSort.FUNC;
            case 0x01 -> CoreSort.TABLE;
            case 0x02 -> CoreSort.MEMORY;
            case 0x03 -> CoreSort.GLOBAL;
            case 0x04 -> CoreSort.TAG;
            default -> throw BinaryReader.invalidLeadingByte(b, "external kind", at);
        };
    }

    /** {@code sortidx} with an external kind. */
    static SortIndex readSortIndex(BinaryReader r) throws DecodeException {
        Sort sort = readExternalKind(r);
        return new SortIndex(sort, r.readVarU32());
    }

    /** {@code core:sortidx} as in core inline exports. */
    static CoreSortIndex readCoreSortIndex(BinaryReader r) throws DecodeException {
        long at = r.offset();
        CoreSort sort = coreExternalKind(r.readU8(), at);
        return new CoreSortIndex(sort, r.readVarU32());
    }
}
