package dev.weft.wasi.http.types;

/** URI syntax checks (RFC 3986) for the parts a guest sets on an outgoing request. */
public final class UriSyntax {
    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String UNRESERVED_MARKS = "-._~";

    private UriSyntax() {
    }

    /**
     * A path with optional query: {@code pchar}s, {@code /}, {@code ?} and percent escapes; no fragment, spaces or
     * control characters. The empty string is allowed (it means {@code /}).
     */
    public static boolean isValidPathWithQuery(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length() || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!isPchar(c) && c != '/' && c != '?') {
                return false;
            }
        }
        return true;
    }

    /**
     * An authority: {@code [userinfo@]host[:port]} where host is a reg-name, IPv4 address or bracketed IP literal
     * and port is digits. Must not be empty.
     */
    public static boolean isValidAuthority(String value) {
        if (value.isEmpty()) {
            return false;
        }
        String hostPort = value;
        int at = value.lastIndexOf('@');
        if (at >= 0) {
            String userinfo = value.substring(0, at);
            for (int i = 0; i < userinfo.length(); i++) {
                char c = userinfo.charAt(i);
                if (!isUnreserved(c) && SUB_DELIMS.indexOf(c) < 0 && c != ':' && c != '%') {
                    return false;
                }
            }
            hostPort = value.substring(at + 1);
        }
        String host = hostPort;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return false;
            }
            for (int i = 1; i < close; i++) {
                char c = hostPort.charAt(i);
                if (!isHex(c) && c != ':' && c != '.') {
                    return false;
                }
            }
            String rest = hostPort.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return false;
                }
                port = rest.substring(1);
            }
            host = "";
        } else {
            int colon = hostPort.lastIndexOf(':');
            if (colon >= 0) {
                port = hostPort.substring(colon + 1);
                host = hostPort.substring(0, colon);
            }
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!isUnreserved(c) && SUB_DELIMS.indexOf(c) < 0 && c != '%') {
                return false;
            }
        }
        return port == null || port.chars().allMatch(ch -> ch >= '0' && ch <= '9') && port.length() <= 5;
    }

    private static boolean isPchar(char c) {
        return isUnreserved(c) || SUB_DELIMS.indexOf(c) >= 0 || c == ':' || c == '@';
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || UNRESERVED_MARKS.indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
