package dev.weft.wit.syntax;

import java.util.regex.Pattern;

/** Checks the "valid semver" production (Semantic Versioning 2.0) used in package names and gates. */
public final class SemVer {
    private static final String NUM = "(0|[1-9][0-9]*)";
    private static final String PRE_ID = "(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
    private static final Pattern SEMVER = Pattern.compile(
            NUM + "\\." + NUM + "\\." + NUM + "(-" + PRE_ID + "(\\." + PRE_ID + ")*)?"
                    + "(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

    private SemVer() {
    }

    public static boolean isValid(String version) {
        return SEMVER.matcher(version).matches();
    }
}
