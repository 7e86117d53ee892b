package dev.weft.conformance.wast;

import dev.weft.conformance.sexpr.Atom;
import java.math.BigInteger;

/**
 * Reads the numeric literals of the text format: integers with optional sign, {@code 0x} prefix and {@code _}
 * separators; floats in decimal or hexadecimal notation, {@code inf} and {@code nan[:0x…]}.
 */
final class NumberLiterals {
    private NumberLiterals() {
    }

    /** An integer literal that must lie in {@code [min, max]}. */
    static BigInteger integer(Atom atom, BigInteger min, BigInteger max, String type) throws WastSyntaxException {
        String text = atom.text();
        boolean negative = text.startsWith("-");
        String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        boolean hex = body.startsWith("0x") || body.startsWith("0X");
        String digits = digits(hex ? body.substring(2) : body, hex, atom);
        BigInteger value = new BigInteger(digits, hex ? 16 : 10);
        if (negative) {
            value = value.negate();
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new WastSyntaxException("constant `" + text + "` out of range for " + type, atom);
        }
        return value;
    }

    static float f32(Atom atom) throws WastSyntaxException {
        String text = atom.text();
        boolean negative = text.startsWith("-");
        String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (body.equals("inf")) {
            return negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        }
        if (body.equals("nan") || body.startsWith("nan:")) {
            int payload = body.equals("nan") ? 0x400000 : nanPayload(body, atom, 0x7FFFFFL).intValue();
            return Float.intBitsToFloat((negative ? 0x8000_0000 : 0) | 0x7F80_0000 | payload);
        }
        float value = Float.parseFloat(javaFloat(text, body, atom));
        if (Float.isInfinite(value)) {
            throw new WastSyntaxException("constant `" + text + "` out of range for f32", atom);
        }
        return value;
    }

    static double f64(Atom atom) throws WastSyntaxException {
        String text = atom.text();
        boolean negative = text.startsWith("-");
        String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (body.equals("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan") || body.startsWith("nan:")) {
            long payload = body.equals("nan") ? 0x8_0000_0000_0000L
                    : nanPayload(body, atom, 0xF_FFFF_FFFF_FFFFL).longValue();
            return Double.longBitsToDouble((negative ? Long.MIN_VALUE : 0) | 0x7FF0_0000_0000_0000L | payload);
        }
        double value = Double.parseDouble(javaFloat(text, body, atom));
        if (Double.isInfinite(value)) {
            throw new WastSyntaxException("constant `" + text + "` out of range for f64", atom);
        }
        return value;
    }

    private static BigInteger nanPayload(String body, Atom atom, long max) throws WastSyntaxException {
        String payload = body.substring("nan:".length());
        if (!payload.startsWith("0x")) {
            throw new WastSyntaxException("NaN payload `" + atom.text() + "` must be hexadecimal"
                    + " (patterns like nan:canonical are not value constants)", atom);
        }
        BigInteger value = new BigInteger(digits(payload.substring(2), true, atom), 16);
        if (value.signum() == 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new WastSyntaxException("NaN payload out of range in `" + atom.text() + "`", atom);
        }
        return value;
    }

    /** Converts a wast float literal into the syntax {@link Double#parseDouble} accepts. */
    private static String javaFloat(String text, String body, Atom atom) throws WastSyntaxException {
        String sign = text.startsWith("-") ? "-" : "";
        boolean hex = body.startsWith("0x") || body.startsWith("0X");
        String rest = (hex ? body.substring(2) : body).replace("_", "");
        String pattern = hex ? "[0-9a-fA-F]+(\\.[0-9a-fA-F]*)?([pP][+-]?[0-9]+)?"
                : "[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?";
        if (!rest.matches(pattern) || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw new WastSyntaxException("malformed float constant `" + text + "`", atom);
        }
        if (hex) {
            return sign + "0x" + rest + (rest.contains("p") || rest.contains("P") ? "" : "p0");
        }
        return sign + rest;
    }

    private static String digits(String text, boolean hex, Atom atom) throws WastSyntaxException {
        if (text.isEmpty() || text.startsWith("_") || text.endsWith("_") || text.contains("__")) {
            throw new WastSyntaxException("malformed number `" + atom.text() + "`", atom);
        }
        String digits = text.replace("_", "");
        if (!digits.matches(hex ? "[0-9a-fA-F]+" : "[0-9]+")) {
            throw new WastSyntaxException("malformed number `" + atom.text() + "`", atom);
        }
        return digits;
    }
}
