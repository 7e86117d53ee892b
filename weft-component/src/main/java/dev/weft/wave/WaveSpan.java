package dev.weft.wave;

/**
 * A half-open range {@code [start, end)} of Unicode code point offsets into the WAVE source text.
 * Offsets count code points (not bytes, not UTF-16 units), starting at 0.
 */
public record WaveSpan(int start, int end) {
    public WaveSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    static WaveSpan of(int start, int end) {
        return new WaveSpan(start, end);
    }

    WaveSpan to(WaveSpan other) {
        return new WaveSpan(start, other.end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
