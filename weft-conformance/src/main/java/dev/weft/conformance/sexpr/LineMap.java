package dev.weft.conformance.sexpr;

import java.util.Arrays;

/** Turns character offsets of a source text into 1-based line and column numbers. */
final class LineMap {
    private final int[] lineStarts;

    LineMap(String source) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    int line(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    Span span(int start, int end) {
        return new Span(start, end, line(start), column(start));
    }
}
