package dev.weft.app.outbound;

import dev.weft.app.PatternException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A component's outbound allow-list: the parsed {@code allowed_outbound_hosts}. Empty denies everything. Used by
 * outbound HTTP ({@link #allowsUrl}) and by sockets ({@link #allowsSocket}, which needs a {@code *://} pattern).
 */
public final class OutboundPolicy {
    private static final OutboundPolicy DENY_ALL = new OutboundPolicy(List.of());

    private final List<HostPattern> patterns;

    private OutboundPolicy(List<HostPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static OutboundPolicy denyAll() {
        return DENY_ALL;
    }

    /** Parses every pattern; the first bad one fails with its text in the message. */
    public static OutboundPolicy of(List<String> patterns) throws PatternException {
        List<HostPattern> parsed = new ArrayList<>();
        for (String p : patterns) {
            parsed.add(HostPattern.parse(p));
        }
        return new OutboundPolicy(parsed);
    }

    public List<HostPattern> patterns() {
        return patterns;
    }

    /** Whether some pattern allows {@code scheme://host[:port]}. */
    public boolean allows(String scheme, String host, OptionalInt port) {
        for (HostPattern p : patterns) {
            if (p.allows(scheme, host, port)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an outbound request to {@code url} is allowed; a URL without scheme or host is not. */
    public boolean allowsUrl(URI url) {
        if (url.getScheme() == null || url.getHost() == null) {
            return false;
        }
        String host = url.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return allows(url.getScheme(), host, url.getPort() < 0 ? OptionalInt.empty() : OptionalInt.of(url.getPort()));
    }

    /** Whether a raw TCP/UDP connection to {@code address} is allowed (Spin: only {@code *://host:port} patterns). */
    public boolean allowsSocket(InetSocketAddress address) {
        String host = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
        return allows("*", host, OptionalInt.of(address.getPort()));
    }
}
