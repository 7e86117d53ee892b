package dev.weft.wave;

import dev.weft.component.types.PrimitiveType;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.S16Val;
import dev.weft.value.S32Val;
import dev.weft.value.S64Val;
import dev.weft.value.S8Val;
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.wave.UntypedValue.NumberNode;
import java.math.BigInteger;

/**
 * Reads number literals as integers of one width (base 10, no fraction or exponent, range-checked; unsigned
 * types reject any minus sign, even {@code -0}) or as floats ({@code nan}, {@code inf}, {@code -inf}, or a
 * decimal rounded to nearest; NaN is canonical).
 */
final class WaveNumbers {
    private WaveNumbers() {
    }

    static Val parse(WaveSource src, NumberNode n, PrimitiveType type) throws WaveException {
        return switch (type) {
            case F32 -> new F32Val(parseFloat(n.text()));
            case F64 -> new F64Val(parseDouble(n.text()));
            case S8 -> new S8Val(integer(src, n, type).byteValue());
            case U8 -> new U8Val(integer(src, n, type).intValue());
            case S16 -> new S16Val(integer(src, n, type).shortValue());
            case U16 -> new U16Val(integer(src, n, type).intValue());
            case S32 -> new S32Val(integer(src, n, type).intValue());
            case U32 -> new U32Val(integer(src, n, type).longValue());
            case S64 -> new S64Val(integer(src, n, type).longValue());
            case U64 -> new U64Val(integer(src, n, type).longValue());
            case BOOL, CHAR, STRING, ERROR_CONTEXT -> throw new IllegalArgumentException("not a number type: " + type);
        };
    }

    private static float parseFloat(String text) {
        return switch (text) {
            case "nan" -> Float.NaN;
            case "inf" -> Float.POSITIVE_INFINITY;
            case "-inf" -> Float.NEGATIVE_INFINITY;
            default -> Float.parseFloat(text);
        };
    }

    private static double parseDouble(String text) {
        return switch (text) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static BigInteger integer(WaveSource src, NumberNode n, PrimitiveType type) throws WaveException {
        String text = n.text();
        boolean signed = type == PrimitiveType.S8 || type == PrimitiveType.S16 || type == PrimitiveType.S32
                || type == PrimitiveType.S64;
        int bits = switch (type) {
            case S8, U8 -> 8;
            case S16, U16 -> 16;
            case S32, U32 -> 32;
            default -> 64;
        };
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        boolean wellFormed = text.matches(signed ? "-?[0-9]+" : "[0-9]+");
        if (wellFormed) {
            BigInteger v = new BigInteger(text);
            if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0) {
                return v;
            }
        }
        throw src.error(WaveErrorKind.INVALID_VALUE, "expected " + type.witName() + " (an integer in " + min + ".."
                + max + "), got `" + text + "`", n.span());
    }
}
