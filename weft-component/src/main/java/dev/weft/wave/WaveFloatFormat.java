package dev.weft.wave;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Predicate;

/**
 * Formats floats as wasm-wave does (Rust's {@code Display}): the shortest decimal that reads back to the same
 * value, written out in full without an exponent ({@code 1e20} prints as {@code 100000000000000000000}),
 * {@code -0} for negative zero, and {@code nan}, {@code inf}, {@code -inf}.
 */
final class WaveFloatFormat {
    private WaveFloatFormat() {
    }

    static String f32(float f) {
        if (Float.isNaN(f)) {
            return "nan";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        float abs = Math.abs(f);
        String sign = (Float.floatToRawIntBits(f) < 0) ? "-" : "";
        if (abs == 0) {
            return sign + "0";
        }
        BigDecimal d = shortest(new BigDecimal(Float.toString(abs)), new BigDecimal(abs),
                c -> Float.parseFloat(c.toString()) == abs);
        return sign + d.toPlainString();
    }

    static String f64(double f) {
        if (Double.isNaN(f)) {
            return "nan";
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        double abs = Math.abs(f);
        String sign = (Double.doubleToRawLongBits(f) < 0) ? "-" : "";
        if (abs == 0) {
            return sign + "0";
        }
        BigDecimal d = shortest(new BigDecimal(Double.toString(abs)), new BigDecimal(abs),
                c -> Double.parseDouble(c.toString()) == abs);
        return sign + d.toPlainString();
    }

    /**
     * Java's {@code toString} is shortest except that it may pick a closer 2-digit decimal where a 1-digit one
     * also reads back (e.g. {@code 1.4E-45} for the smallest f32, where Rust prints {@code 1e-45}). This picks
     * the 1-digit decimal in that case (the nearer one to the exact value when both read back).
     */
    private static BigDecimal shortest(BigDecimal javaDigits, BigDecimal exact, Predicate<BigDecimal> readsBack) {
        BigDecimal d = javaDigits.stripTrailingZeros();
        if (d.precision() != 2) {
            return d;
        }
        int scale = d.scale() - 1;
        BigDecimal down = d.setScale(scale, RoundingMode.FLOOR);
        BigDecimal up = d.setScale(scale, RoundingMode.CEILING);
        boolean downOk = down.signum() > 0 && readsBack.test(down);
        boolean upOk = readsBack.test(up);
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return (cmp < 0 ? down : up).stripTrailingZeros();
            }
            boolean downEven = down.unscaledValue().testBit(0) == false;
            return (downEven ? down : up).stripTrailingZeros();
        }
        if (downOk) {
            return down.stripTrailingZeros();
        }
        if (upOk) {
            return up.stripTrailingZeros();
        }
        return d;
    }
}
