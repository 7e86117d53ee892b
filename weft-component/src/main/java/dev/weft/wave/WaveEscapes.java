package dev.weft.wave;

/**
 * Decodes one backslash escape (quote, double quote, backslash, t, n, r, or u{hex}) of WAVE chars and strings.
 */
final class WaveEscapes {
    private WaveEscapes() {
    }

    /** A decoded escape: the code point and the number of source code points it took. */
    record Decoded(int codePoint, int length) {
    }

    /**
     * Decodes the escape starting with the backslash at {@code index}.
     *
     * @throws WaveException INVALID_ESCAPE spanning the escape as far as it was read
     */
    static Decoded decode(WaveSource src, int index) throws WaveException {
        int next = src.at(index + 1);
        switch (next) {
            case '\\', '\'', '"' -> {
                return new Decoded(next, 2);
            }
            case 't' -> {
                return new Decoded('\t', 2);
            }
            case 'n' -> {
                return new Decoded('\n', 2);
            }
            case 'r' -> {
                return new Decoded('\r', 2);
            }
            case 'u' -> {
                return decodeUnicode(src, index);
            }
            default -> throw src.error(WaveErrorKind.INVALID_ESCAPE,
                    "expected one of \\' \\\" \\\\ \\t \\n \\r \\u{…} after backslash",
                    WaveSpan.of(index, Math.min(index + 2, Math.max(index + 1, src.length()))));
        }
    }

    private static Decoded decodeUnicode(WaveSource src, int index) throws WaveException {
        int i = index + 2;
        if (src.at(i) != '{') {
            throw src.error(WaveErrorKind.INVALID_ESCAPE, "expected `{` after \\u", WaveSpan.of(index, i));
        }
        i++;
        long value = 0;
        int digits = 0;
        while (Character.digit(src.at(i), 16) >= 0) {
            value = value * 16 + Character.digit(src.at(i), 16);
            digits++;
            i++;
            if (digits > 6) {
                throw src.error(WaveErrorKind.INVALID_ESCAPE, "at most 6 hex digits allowed in \\u{…}",
                        WaveSpan.of(index, i));
            }
        }
        if (digits == 0) {
            throw src.error(WaveErrorKind.INVALID_ESCAPE, "expected hex digits in \\u{…}", WaveSpan.of(index, i));
        }
        if (src.at(i) != '}') {
            throw src.error(WaveErrorKind.INVALID_ESCAPE, "expected `}` to close \\u{…}", WaveSpan.of(index, i));
        }
        i++;
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            throw src.error(WaveErrorKind.INVALID_ESCAPE,
                    "\\u{" + Long.toHexString(value) + "} is not a Unicode scalar value", WaveSpan.of(index, i));
        }
        return new Decoded((int) value, i - index);
    }
}
