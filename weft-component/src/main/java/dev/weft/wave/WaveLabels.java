package dev.weft.wave;

import java.util.Set;

/**
 * WAVE labels: kebab-case words, the first starting with a letter, each word all lower- or all upper-case
 * ({@code one}, {@code two-words}, {@code HTTP3}, {@code method-GET}, {@code color-42-2A-5d}); and the keywords
 * that a case name must escape with {@code %}.
 */
final class WaveLabels {
    static final Set<String> KEYWORDS = Set.of("true", "false", "some", "none", "ok", "err", "inf", "nan");

    private WaveLabels() {
    }

    /** End of the longest label starting at {@code i} (no {@code %}), or {@code i} if none starts there. */
    static int labelEnd(WaveSource src, int i) {
        int end = wordEnd(src, i, true);
        if (end == i) {
            return i;
        }
        while (src.at(end) == '-' && wordEnd(src, end + 1, false) > end + 1) {
            end = wordEnd(src, end + 1, false);
        }
        return end;
    }

    /** A first word is {@code [a-z][a-z0-9]*|[A-Z][A-Z0-9]*}; later words {@code [a-z0-9]+|[A-Z0-9]+}. */
    private static int wordEnd(WaveSource src, int i, boolean first) {
        int j = i;
        if (!first) {
            while (isDigit(src.at(j))) {
                j++;
            }
        }
        int c = src.at(j);
        boolean lower = c >= 'a' && c <= 'z';
        boolean upper = c >= 'A' && c <= 'Z';
        if (!lower && !upper) {
            return first ? i : j;
        }
        while (isDigit(src.at(j)) || (lower && isLower(src.at(j))) || (upper && isUpper(src.at(j)))) {
            j++;
        }
        return j;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }
}
