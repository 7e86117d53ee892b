package dev.weft.component.validate;

/** The lexical classes of Explainer.md "Import and Export Definitions": {@code label} and {@code words}. */
final class KebabCase {
    private KebabCase() {
    }

    /** {@code label ::= first-fragment ('-' fragment)*}: each fragment all lower-case or all upper-case. */
    static boolean isLabel(String s) {
        return check(s, true);
    }

    /** {@code words ::= first-word ('-' word)*}: lower-case only (namespaces and packages). */
    static boolean isWords(String s) {
        return check(s, false);
    }

    private static boolean check(String s, boolean acronymsAllowed) {
        if (s.isEmpty()) {
            return false;
        }
        String[] fragments = s.split("-", -1);
        for (int i = 0; i < fragments.length; i++) {
            String f = fragments[i];
            if (f.isEmpty()) {
                return false;
            }
            char first = f.charAt(0);
            if (i == 0 && !isLower(first) && !(acronymsAllowed && isUpper(first))) {
                return false;
            }
            boolean upper = f.chars().anyMatch(c -> isUpper((char) c));
            boolean lower = f.chars().anyMatch(c -> isLower((char) c));
            if ((upper && lower) || (upper && !acronymsAllowed)) {
                return false;
            }
            for (char c : f.toCharArray()) {
                if (!isLower(c) && !isUpper(c) && !(c >= '0' && c <= '9')) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
