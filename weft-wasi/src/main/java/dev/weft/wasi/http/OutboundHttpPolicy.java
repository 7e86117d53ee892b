package dev.weft.wasi.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which hosts a guest may reach with {@code wasi:http/outgoing-handler}: nothing by default ({@link #denyAll()});
 * otherwise the requests whose scheme, host and port match one of the patterns.
 *
 * <p>A pattern is {@code [scheme://]host[:port]}:
 * <ul>
 *   <li>{@code host} is a name or IP address (compared without regard to case), {@code *} for any host, or
 *       {@code *.example.com} for any name ending in {@code .example.com} (not {@code example.com} itself); IPv6
 *       addresses go in brackets: {@code [::1]:8080};</li>
 *   <li>{@code port} is a number or {@code *}; without it only the scheme's default port (80 for http, 443 for
 *       https) matches;</li>
 *   <li>{@code scheme} ({@code http} or {@code https}) limits the pattern to that scheme; without it both match.</li>
 * </ul>
 * Examples: {@code api.example.com:443}, {@code *.example.com}, {@code 127.0.0.1:*}, {@code https://*}.
 */
public final class OutboundHttpPolicy {
    private static final OutboundHttpPolicy DENY_ALL = new OutboundHttpPolicy(List.of());

    private record Pattern(String source, Optional<String> scheme, String host, Optional<Integer> port,
            boolean anyPort) {
        boolean matches(String requestScheme, String requestHost, int requestPort) {
            if (scheme.isPresent() && !scheme.get().equals(requestScheme)) {
                return false;
            }
            if (!anyPort) {
                int expected = port.orElse(requestScheme.equals("https") ? 443 : 80);
                if (expected != requestPort) {
                    return false;
                }
            }
            if (host.equals("*")) {
                return true;
            }
            if (host.startsWith("*.")) {
                String suffix = host.substring(1);
                return requestHost.endsWith(suffix) && requestHost.length() > suffix.length();
            }
            return host.equals(requestHost);
        }
    }

    private final List<Pattern> patterns;

    private OutboundHttpPolicy(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** Refuses every outgoing request ({@code HTTP-request-denied}). */
    public static OutboundHttpPolicy denyAll() {
        return DENY_ALL;
    }

    /**
     * Allows requests matching any of {@code patterns}.
     *
     * @throws IllegalArgumentException naming the pattern that is malformed
     */
    public static OutboundHttpPolicy allow(List<String> patterns) {
        List<Pattern> parsed = new ArrayList<>();
        for (String p : patterns) {
            parsed.add(parse(p));
        }
        return new OutboundHttpPolicy(parsed);
    }

    public static OutboundHttpPolicy allow(String... patterns) {
        return allow(List.of(patterns));
    }

    /** The patterns as given. */
    public List<String> patterns() {
        return patterns.stream().map(Pattern::source).toList();
    }

    /**
     * Whether a request to {@code scheme://host:port} is allowed.
     *
     * @param scheme lower-case scheme name
     * @param host a host name or IP address (IPv6 without brackets)
     */
    public boolean permits(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        String h = stripBrackets(host.toLowerCase(Locale.ROOT));
        for (Pattern p : patterns) {
            if (p.matches(s, h, port)) {
                return true;
            }
        }
        return false;
    }

    private static Pattern parse(String source) {
        Objects.requireNonNull(source, "pattern");
        String rest = source.trim().toLowerCase(Locale.ROOT);
        Optional<String> scheme = Optional.empty();
        int sep = rest.indexOf("://");
        if (sep >= 0) {
            String s = rest.substring(0, sep);
            if (!s.equals("http") && !s.equals("https")) {
                throw bad(source, "the scheme must be http or https");
            }
            scheme = Optional.of(s);
            rest = rest.substring(sep + 3);
        }
        String host;
        String port = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw bad(source, "unclosed [ in an IPv6 address");
            }
            host = rest.substring(1, close);
            String after = rest.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw bad(source, "expected :port after ]");
                }
                port = after.substring(1);
            }
        } else {
            int colon = rest.lastIndexOf(':');
            host = colon >= 0 ? rest.substring(0, colon) : rest;
            port = colon >= 0 ? rest.substring(colon + 1) : null;
        }
        if (host.isEmpty() || host.contains("/") || (host.contains("*") && !host.equals("*")
                && !(host.startsWith("*.") && host.indexOf('*', 1) < 0 && host.length() > 2))) {
            throw bad(source, "the host must be a name, an address, * or *.domain");
        }
        if (port == null) {
            return new Pattern(source, scheme, host, Optional.empty(), false);
        }
        if (port.equals("*")) {
            return new Pattern(source, scheme, host, Optional.empty(), true);
        }
        try {
            int n = Integer.parseInt(port);
            if (n < 1 || n > 65535) {
                throw bad(source, "port " + port + " is out of range");
            }
            return new Pattern(source, scheme, host, Optional.of(n), false);
        } catch (NumberFormatException e) {
            throw bad(source, "the port must be a number or *");
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static IllegalArgumentException bad(String pattern, String why) {
        return new IllegalArgumentException("outbound HTTP pattern `" + pattern + "`: " + why);
    }

    @Override
    public String toString() {
        return patterns.isEmpty() ? "deny all outbound HTTP" : "allow outbound HTTP to " + patterns();
    }
}
