package dev.weft.wave;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Escapes chars and strings as wasm-wave's writer does: backslash escapes for backslash, both quotes, tab, CR and
 * LF; {@code \\u{hex}} (lower-case hex) for control characters, characters that are not printable and grapheme
 * extenders (Rust's {@code char::is_control} and {@code char::escape_debug}); every other character as itself.
 * The set of escaped code points comes from Rust's standard library (resource {@code escaped-code-points.txt}),
 * since Java's Unicode tables are of another version and lack the Grapheme_Extend property.
 */
final class WaveTextEscaper {
    private static final int[] RANGES = loadRanges();

    private WaveTextEscaper() {
    }

    static void append(StringBuilder out, int c) {
        switch (c) {
            case '\\' -> out.append("\\\\");
            case '"' -> out.append("\\\"");
            case '\'' -> out.append("\\'");
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            case '\n' -> out.append("\\n");
            default -> {
                if (needsUnicodeEscape(c)) {
                    out.append("\\u{").append(Integer.toHexString(c)).append('}');
                } else {
                    out.appendCodePoint(c);
                }
            }
        }
    }

    /** Whether {@code c} falls in one of the escaped ranges ({@code RANGES} holds start, end pairs, sorted). */
    static boolean needsUnicodeEscape(int c) {
        int lo = 0;
        int hi = RANGES.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < RANGES[2 * mid]) {
                hi = mid - 1;
            } else if (c > RANGES[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static int[] loadRanges() {
        try (InputStream in = WaveTextEscaper.class.getResourceAsStream("escaped-code-points.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource escaped-code-points.txt is missing");
            }
            List<Integer> ends = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("-");
                ends.add(Integer.parseInt(parts[0], 16));
                ends.add(Integer.parseInt(parts[1], 16));
            }
            int[] ranges = ends.stream().mapToInt(Integer::intValue).toArray();
            for (int i = 2; i < ranges.length; i += 2) {
                if (ranges[i] <= ranges[i - 1]) {
                    throw new IllegalStateException("escaped-code-points.txt is not sorted at " + Arrays.toString(
                            Arrays.copyOfRange(ranges, i - 2, i + 2)));
                }
            }
            return ranges;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
