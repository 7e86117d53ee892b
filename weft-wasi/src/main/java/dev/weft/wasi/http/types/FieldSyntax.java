package dev.weft.wasi.http.types;

import java.util.Locale;
import java.util.Set;

/**
 * The syntax rules for HTTP field names and values (RFC 9110 §5.1, §5.5) and the names guests may not set, as
 * Wasmtime's {@code wasi:http} enforces them: a name is a non-empty {@code token}; a value has no control
 * characters other than horizontal tab (obs-text bytes 0x80–0xFF are allowed).
 */
public final class FieldSyntax {
    /** Connection-level fields the host owns (Wasmtime's {@code DEFAULT_FORBIDDEN_HEADERS}). */
    public static final Set<String> FORBIDDEN = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "transfer-encoding", "upgrade", "host", "http2-settings");

    private static final int MAX_NAME_LENGTH = 65535;
    /** {@code TOKEN[c]}: whether ASCII character {@code c} may appear in a token. */
    private static final boolean[] TOKEN = tokenChars();

    private FieldSyntax() {
    }

    /** Whether {@code name} is a {@code token}: one or more of ALPHA, DIGIT and {@code !#$%&'*+-.^_`|~}. */
    public static boolean isValidName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isTokenChar(char c) {
        return c < 128 && TOKEN[c];
    }

    private static boolean[] tokenChars() {
        boolean[] token = new boolean[128];
        for (char c = 0; c < 128; c++) {
            token[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        }
        return token;
    }

    /** Whether {@code value} has no control bytes except HTAB (and no DEL). */
    public static boolean isValidValue(byte[] value) {
        for (byte b : value) {
            int c = b & 0xff;
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Whether a guest may not set field {@code name} (any case). */
    public static boolean isForbidden(String name) {
        return FORBIDDEN.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The canonical (lower-case) form of a valid name. */
    public static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
