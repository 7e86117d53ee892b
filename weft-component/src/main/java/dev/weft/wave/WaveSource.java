package dev.weft.wave;

/** WAVE text as code points, able to turn spans into located {@link WaveException}s. */
final class WaveSource {
    private final String text;
    private final int[] codePoints;

    WaveSource(String text) {
        this.text = text;
        this.codePoints = text.codePoints().toArray();
    }

    String text() {
        return text;
    }

    int length() {
        return codePoints.length;
    }

    /** The code point at {@code index}, or -1 past the end. */
    int at(int index) {
        return index < codePoints.length ? codePoints[index] : -1;
    }

    String slice(WaveSpan span) {
        return new String(codePoints, span.start(), span.end() - span.start());
    }

    /** Whether the text at {@code index} starts with {@code prefix} (an ASCII string). */
    boolean startsWith(String prefix, int index) {
        for (int i = 0; i < prefix.length(); i++) {
            if (at(index + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The code point at {@code index} for use inside a char or string literal.
     *
     * @throws WaveException INVALID_TOKEN for an unpaired surrogate (Java strings may hold them; WAVE text is
     *                       Unicode scalar values)
     */
    int literal(int index) throws WaveException {
        int c = at(index);
        if (c >= 0xD800 && c <= 0xDFFF) {
            throw error(WaveErrorKind.INVALID_TOKEN, String.format("unpaired surrogate U+%04X in literal", c),
                    WaveSpan.of(index, index + 1));
        }
        return c;
    }

    WaveException error(WaveErrorKind kind, String detail, WaveSpan span) {
        int line = 1;
        int lineStart = 0;
        int limit = Math.min(span.start(), codePoints.length);
        for (int i = 0; i < limit; i++) {
            if (codePoints[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new WaveException(kind, detail, span, line, span.start() - lineStart + 1);
    }
}
