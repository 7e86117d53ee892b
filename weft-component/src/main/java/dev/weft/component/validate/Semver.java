package dev.weft.component.validate;

/** Checks a "valid semver" (semver.org 2.0): {@code MAJOR.MINOR.PATCH(-pre)?(+build)?}. */
final class Semver {
    private final String text;
    private int pos;

    private Semver(String text) {
        this.text = text;
    }

    static void check(String version) throws ExternNameParser.NameSyntaxException {
        if (version.isEmpty()) {
            throw new ExternNameParser.NameSyntaxException("empty string, expected a semver version");
        }
        new Semver(version).parse();
    }

    private void parse() throws ExternNameParser.NameSyntaxException {
        number("major");
        expect('.', "major");
        number("minor");
        expect('.', "minor");
        number("patch");
        if (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
            identifiers("pre-release", true);
        }
        if (pos < text.length() && text.charAt(pos) == '+') {
            pos++;
            identifiers("build metadata", false);
        }
        if (pos < text.length()) {
            throw unexpected("after version");
        }
    }

    private void number(String what) throws ExternNameParser.NameSyntaxException {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw pos < text.length() ? unexpected("while parsing " + what + " version number")
                    : new ExternNameParser.NameSyntaxException(
                            "unexpected end of input while parsing " + what + " version number");
        }
        if (pos - start > 1 && text.charAt(start) == '0') {
            throw new ExternNameParser.NameSyntaxException("invalid leading zero in " + what + " version number");
        }
    }

    private void expect(char c, String after) throws ExternNameParser.NameSyntaxException {
        if (pos >= text.length()) {
            throw new ExternNameParser.NameSyntaxException(
                    "unexpected end of input after " + after + " version number");
        }
        if (text.charAt(pos) != c) {
            throw unexpected("after " + after + " version number");
        }
        pos++;
    }

    private void identifiers(String what, boolean numericNoLeadingZero) throws ExternNameParser.NameSyntaxException {
        while (true) {
            int start = pos;
            while (pos < text.length() && isIdentChar(text.charAt(pos))) {
                pos++;
            }
            String segment = text.substring(start, pos);
            if (segment.isEmpty()) {
                throw new ExternNameParser.NameSyntaxException("empty identifier segment in " + what);
            }
            if (numericNoLeadingZero && segment.length() > 1 && segment.charAt(0) == '0'
                    && segment.chars().allMatch(Character::isDigit)) {
                throw new ExternNameParser.NameSyntaxException("invalid leading zero in " + what + " identifier");
            }
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                continue;
            }
            return;
        }
    }

    private static boolean isIdentChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }

    private ExternNameParser.NameSyntaxException unexpected(String context) {
        return new ExternNameParser.NameSyntaxException(
                "unexpected character '" + text.charAt(pos) + "' " + context);
    }
}
