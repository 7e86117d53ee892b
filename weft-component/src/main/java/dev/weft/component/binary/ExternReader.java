package dev.weft.component.binary;

import dev.weft.component.ast.ComponentValType;
import dev.weft.component.ast.ExternName;
import dev.weft.component.ast.ExternType;
import dev.weft.component.ast.NameAttribute;
import dev.weft.component.ast.PrimValType;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code nameattributes}, {@code externtype} and {@code valtype}, shared by several sections. */
final class ExternReader {
    private ExternReader() {}

    /** {@code nameattributes}. Attribute duplicates are kept (a validation error, not a decoding one). */
    static ExternName readName(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b = r.readU8();
        return switch (b) {
            case 0x00, 0x01 -> new ExternName(r.readString(), b, List.of(), at);
            case 0x02 -> {
                String name = r.readString();
                int count = r.readCount("name attribute");
                List<NameAttribute> attributes = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    attributes.add(readAttribute(r));
                }
                yield new ExternName(name, b, attributes, at);
            }
            default -> throw r.invalidLeadingByte(b, "component name");
        };
    }

    private static NameAttribute readAttribute(BinaryReader r) throws DecodeException {
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> new NameAttribute.Implements(r.readString());
            case 0x01 -> new NameAttribute.VersionSuffix(r.readString());
            case 0x02 -> new NameAttribute.ExternalId(r.readString());
            default -> throw r.invalidLeadingByte(b, "name option");
        };
    }

    /** {@code externtype}. */
    static ExternType readExternType(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b1 = r.readU8();
        return switch (b1) {
            case 0x00 -> {
                int b2 = r.readU8();
                if (b2 != 0x11) {
                    throw BinaryReader.invalidLeadingByte(b2, "component external kind", at + 1);
                }
                yield new ExternType.CoreModule(r.readVarU32());
            }
            case 0x01 -> new ExternType.Func(r.readVarU32());
            case 0x02 -> new ExternType.Value(readValueBound(r));
            case 0x03 -> new ExternType.Type(readTypeBound(r));
            case 0x04 -> new ExternType.Component(r.readVarU32());
            case 0x05 -> new ExternType.Instance(r.readVarU32());
            default -> throw BinaryReader.invalidLeadingByte(b1, "component external kind", at);
        };
    }

    private static ExternType.TypeBound readTypeBound(BinaryReader r) throws DecodeException {
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> new ExternType.TypeEq(r.readVarU32());
            case 0x01 -> new ExternType.SubResource();
            default -> throw r.invalidLeadingByte(b, "type bound");
        };
    }

    /**
     * 🪙 The value extern type. Binary.md writes {@code 0x02 b:valuebound}, but wasmparser/wasm-encoder (and so jco
     * and every existing binary) encode a bare {@code valtype} after {@code 0x02}; the two cannot be told apart,
     * so the tools' encoding is decoded, as {@link ExternType.ValueOf}.
     */
    private static ExternType.ValueBound readValueBound(BinaryReader r) throws DecodeException {
        return new ExternType.ValueOf(readValType(r));
    }

    /** {@code valtype ::= typeidx | primvaltype}; the index is encoded as a non-negative {@code s33}. */
    static ComponentValType readValType(BinaryReader r) throws DecodeException {
        Optional<PrimValType> prim = primitive(r.peekU8());
        if (prim.isPresent()) {
            r.readU8();
            return prim.get();
        }
        long at = r.offset();
        long index = r.readVarS33();
        if (index < 0) {
            throw BinaryReader.invalidLeadingByte(r.array()[(int) at] & 0xff, "component value type", at);
        }
        if (index > 0xffff_ffffL) {
            throw new DecodeException("invalid type index " + index + ": larger than u32", at);
        }
        return new ComponentValType.Indexed(index);
    }

    /** {@code <valtype>?}. */
    static Optional<ComponentValType> readOptionalValType(BinaryReader r, String what) throws DecodeException {
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> Optional.empty();
            case 0x01 -> Optional.of(readValType(r));
            default -> throw r.invalidLeadingByte(b, what);
        };
    }

    /** {@code resultlist ::= 0x00 t:valtype | 0x01 0x00}. */
    static Optional<ComponentValType> readResultList(BinaryReader r) throws DecodeException {
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> Optional.of(readValType(r));
            case 0x01 -> {
                int n = r.readU8();
                if (n != 0x00) {
                    throw r.invalidLeadingByte(n, "number of results");
                }
                yield Optional.empty();
            }
            default -> throw r.invalidLeadingByte(b, "component function results");
        };
    }

    private static final PrimValType[] PRIMITIVES = new PrimValType[256];

    static {
        for (PrimValType p : PrimValType.values()) {
            PRIMITIVES[p.code()] = p;
        }
    }

    /** The primitive type encoded by {@code b} (0..255), if any. */
    static Optional<PrimValType> primitive(int b) {
        return Optional.ofNullable(PRIMITIVES[b & 0xff]);
    }
}
