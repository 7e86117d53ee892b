package dev.weft.component.binary;

import dev.weft.component.ast.CoreExternType;
import dev.weft.component.ast.CoreStorageType;
import dev.weft.component.ast.CoreValType;
import dev.weft.component.ast.CoreValType.AbstractHeap;
import dev.weft.error.DecodeException;
import java.util.Optional;

/** Reads core value, reference, heap and extern types (the parts of core types a component can contain). */
final class CoreValTypeReader {
    private CoreValTypeReader() {}

    /** Core {@code valtype}. */
    static CoreValType readValType(BinaryReader r) throws DecodeException {
        int b = r.readU8();
        return switch (b) {
            case 0x7f -> CoreValType.Num.I32;
            case 0x7e -> CoreValType.Num.I64;
            case 0x7d -> CoreValType.Num.F32;
            case 0x7c -> CoreValType.Num.F64;
            case 0x7b -> CoreValType.Num.V128;
            default -> readRefTypeAfter(b, r, "value type");
        };
    }

    /** Core {@code reftype}. */
    static CoreValType.Ref readRefType(BinaryReader r) throws DecodeException {
        return readRefTypeAfter(r.readU8(), r, "reference type");
    }

    private static CoreValType.Ref readRefTypeAfter(int b, BinaryReader r, String what) throws DecodeException {
        return switch (b) {
            case 0x64 -> new CoreValType.Ref(false, readHeapType(r));
            case 0x63 -> new CoreValType.Ref(true, readHeapType(r));
            default -> {
                Optional<AbstractHeap> abs = abstractHeap(b);
                if (abs.isEmpty()) {
                    throw r.invalidLeadingByte(b, what);
                }
                yield new CoreValType.Ref(true, new CoreValType.Abstract(abs.get(), false));
            }
        };
    }

    /** Core {@code heaptype ::= absheaptype | 0x65 absheaptype | s33 typeidx}. */
    static CoreValType.HeapType readHeapType(BinaryReader r) throws DecodeException {
        int b = r.peekU8();
        if (b == 0x65) {
            r.readU8();
            int kind = r.readU8();
            AbstractHeap abs = abstractHeap(kind).orElseThrow(() -> r.invalidLeadingByte(kind, "heap type"));
            return new CoreValType.Abstract(abs, true);
        }
        Optional<AbstractHeap> abs = abstractHeap(b);
        if (abs.isPresent()) {
            r.readU8();
            return new CoreValType.Abstract(abs.get(), false);
        }
        long at = r.offset();
        long index = r.readVarS33();
        if (index < 0 || index > 0xffff_ffffL) {
            throw BinaryReader.invalidLeadingByte(b, "heap type", at);
        }
        return new CoreValType.Concrete(index);
    }

    /** Core {@code storagetype ::= valtype | packedtype}. */
    static CoreStorageType readStorageType(BinaryReader r) throws DecodeException {
        int b = r.peekU8();
        if (b == 0x78) {
            r.readU8();
            return CoreStorageType.Packed.I8;
        }
        if (b == 0x77) {
            r.readU8();
            return CoreStorageType.Packed.I16;
        }
        return readValType(r);
    }

    /** Core {@code externtype} as found in core imports and export declarations. */
    static CoreExternType readExternType(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> new CoreExternType.Func(r.readVarU32());
            case 0x01 -> readTableType(r);
            case 0x02 -> readMemoryType(r);
            case 0x03 -> readGlobalType(r);
            case 0x04 -> {
                int attribute = r.readU8();
                if (attribute != 0x00) {
                    throw r.invalidLeadingByte(attribute, "tag attribute");
                }
                yield new CoreExternType.Tag(r.readVarU32());
            }
            default -> throw BinaryReader.invalidLeadingByte(b, "external kind", at);
        };
    }

    private static CoreExternType.Table readTableType(BinaryReader r) throws DecodeException {
        CoreValType.Ref element = readRefType(r);
        long at = r.offset();
        int flags = r.readU8();
        if ((flags & ~0x07) != 0) {
            throw new DecodeException("invalid table limits flags (0x" + Integer.toHexString(flags) + ")", at);
        }
        boolean table64 = (flags & 0x04) != 0;
        return new CoreExternType.Table(element, readLimits(r, flags, table64), table64, (flags & 0x02) != 0);
    }

    private static CoreExternType.Memory readMemoryType(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int flags = r.readU8();
        if ((flags & ~0x0f) != 0) {
            throw new DecodeException("invalid memory limits flags (0x" + Integer.toHexString(flags) + ")", at);
        }
        boolean memory64 = (flags & 0x04) != 0;
        CoreExternType.Limits limits = readLimits(r, flags, memory64);
        Optional<Long> pageSizeLog2 = (flags & 0x08) != 0 ? Optional.of(r.readVarU32()) : Optional.empty();
        return new CoreExternType.Memory(limits, memory64, (flags & 0x02) != 0, pageSizeLog2);
    }

    private static CoreExternType.Limits readLimits(BinaryReader r, int flags, boolean is64) throws DecodeException {
        long min = is64 ? r.readVarU64() : r.readVarU32();
        Optional<Long> max = Optional.empty();
        if ((flags & 0x01) != 0) {
            max = Optional.of(is64 ? r.readVarU64() : r.readVarU32());
        }
        return new CoreExternType.Limits(min, max);
    }

    private static CoreExternType.Global readGlobalType(BinaryReader r) throws DecodeException {
        CoreValType type = readValType(r);
        long at = r.offset();
        int flags = r.readU8();
        if ((flags & ~0x03) != 0) {
            throw new DecodeException("malformed mutability (0x" + Integer.toHexString(flags) + ")", at);
        }
        return new CoreExternType.Global(type, (flags & 0x01) != 0, (flags & 0x02) != 0);
    }

    private static final AbstractHeap[] ABSTRACT_HEAPS = new AbstractHeap[256];

    static {
        for (AbstractHeap h : AbstractHeap.values()) {
            ABSTRACT_HEAPS[h.code()] = h;
        }
    }

    private static Optional<AbstractHeap> abstractHeap(int b) {
        return Optional.ofNullable(ABSTRACT_HEAPS[b & 0xff]);
    }
}
