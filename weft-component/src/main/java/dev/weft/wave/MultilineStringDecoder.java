package dev.weft.wave;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the content of a {@code """} multiline string (between the delimiters): the opening delimiter must be
 * followed by a line break, the closing one preceded only by spaces on its line; those spaces are the indent
 * removed from every content line; content line breaks become {@code \n} (a {@code \r} before a line break is
 * dropped); escapes work within lines.
 */
final class MultilineStringDecoder {
    private final WaveSource src;
    private final int start;
    private final int end;

    /** {@code start..end} is the content between the delimiters. */
    MultilineStringDecoder(WaveSource src, int start, int end) {
        this.src = src;
        this.start = start;
        this.end = end;
    }

    String decode() throws WaveException {
        int from = src.at(start) == '\r' ? start + 1 : start;
        List<int[]> lines = splitLines(from);
        int[] last = lines.get(lines.size() - 1);
        for (int i = last[0]; i < last[1]; i++) {
            if (src.at(i) != ' ') {
                throw src.error(WaveErrorKind.INVALID_MULTILINE_STRING,
                        "closing \"\"\" must be on a line preceded only by spaces", WaveSpan.of(end, end + 3));
            }
        }
        int indent = last[1] - last[0];
        if (lines.size() < 2 || lines.get(0)[1] != lines.get(0)[0]) {
            throw src.error(WaveErrorKind.INVALID_MULTILINE_STRING,
                    "opening \"\"\" must be followed immediately by a line break", WaveSpan.of(start, start + 1));
        }
        StringBuilder out = new StringBuilder();
        for (int n = 1; n < lines.size() - 1; n++) {
            if (n > 1) {
                out.append('\n');
            }
            appendLine(out, lines.get(n), indent);
        }
        return out.toString();
    }

    /** Line ranges [from, to) separated by {@code \n}, the last one being the closing delimiter's line. */
    private List<int[]> splitLines(int from) {
        List<int[]> lines = new ArrayList<>();
        int lineStart = from;
        for (int i = from; i < end; i++) {
            if (src.at(i) == '\n') {
                lines.add(new int[] {lineStart, i});
                lineStart = i + 1;
            }
        }
        lines.add(new int[] {lineStart, end});
        return lines;
    }

    private void appendLine(StringBuilder out, int[] line, int indent) throws WaveException {
        for (int i = 0; i < indent; i++) {
            if (line[0] + i >= line[1] || src.at(line[0] + i) != ' ') {
                throw src.error(WaveErrorKind.INVALID_MULTILINE_STRING,
                        "lines must be indented at least as much as the closing \"\"\"",
                        WaveSpan.of(line[0], line[0] + 1));
            }
        }
        int to = line[1] > line[0] + indent && src.at(line[1] - 1) == '\r' ? line[1] - 1 : line[1];
        int i = line[0] + indent;
        while (i < to) {
            int c = src.at(i);
            if (c == '\\') {
                WaveEscapes.Decoded d = WaveEscapes.decode(src, i);
                if (i + d.length() > to) {
                    throw src.error(WaveErrorKind.INVALID_ESCAPE, "escape runs past the end of the line",
                            WaveSpan.of(i, i + 1));
                }
                out.appendCodePoint(d.codePoint());
                i += d.length();
            } else {
                out.appendCodePoint(src.literal(i));
                i++;
            }
        }
    }
}
