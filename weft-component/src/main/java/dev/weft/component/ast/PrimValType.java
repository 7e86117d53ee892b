package dev.weft.component.ast;

import dev.weft.component.types.PrimitiveType;

/** {@code primvaltype}, with the byte that encodes each. */
public enum PrimValType implements ComponentValType {
    BOOL(0x7f, "bool"),
    S8(0x7e, "s8"),
    U8(0x7d, "u8"),
    S16(0x7c, "s16"),
    U16(0x7b, "u16"),
    S32(0x7a, "s32"),
    U32(0x79, "u32"),
    S64(0x78, "s64"),
    U64(0x77, "u64"),
    F32(0x76, "f32"),
    F64(0x75, "f64"),
    CHAR(0x74, "char"),
    STRING(0x73, "string"),
    ERROR_CONTEXT(0x64, "error-context");

    private final int code;
    private final String text;

    PrimValType(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    /** The WIT / text-format spelling. */
    public String text() {
        return text;
    }

    /** The resolved primitive type this encoding stands for. */
    public PrimitiveType toPrimitiveType() {
        return switch (this) {
            case BOOL -> PrimitiveType.BOOL;
            case S8 -> PrimitiveType.S8;
            case U8 -> PrimitiveType.U8;
            case S16 -> PrimitiveType.S16;
            case U16 -> PrimitiveType.U16;
            case S32 -> PrimitiveType.S32;
            case U32 -> PrimitiveType.U32;
            case S64 -> PrimitiveType.S64;
            case U64 -> PrimitiveType.U64;
            case F32 -> PrimitiveType.F32;
            case F64 -> PrimitiveType.F64;
            case CHAR -> PrimitiveType.CHAR;
            case STRING -> PrimitiveType.STRING;
            case ERROR_CONTEXT -> PrimitiveType.ERROR_CONTEXT;
        };
    }
}
