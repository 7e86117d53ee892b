package dev.weft.app.outbound;

import dev.weft.app.PatternException;
import dev.weft.wasi.http.OutboundHttpPolicy;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a manifest allow-list into the {@code wasi:http} host's {@link OutboundHttpPolicy}: the patterns whose
 * scheme is {@code http}, {@code https} or {@code *}, each with its port made explicit (Spin's rule: a pattern
 * without port means its scheme's well-known port). Port ranges become one pattern per port (at most
 * {@value #MAX_RANGE} ports); CIDR blocks are refused for HTTP for now.
 */
public final class HttpPolicyAdapter {
    static final int MAX_RANGE = 1024;

    private HttpPolicyAdapter() {
    }

    public static OutboundHttpPolicy toHttpPolicy(OutboundPolicy policy) throws PatternException {
        List<String> out = new ArrayList<>();
        for (HostPattern p : policy.patterns()) {
            String scheme = switch (p.scheme()) {
                case HostPattern.SchemePart.Any any -> "";
                case HostPattern.SchemePart.Named named -> named.name() + "://";
            };
            if (!scheme.isEmpty() && !scheme.equals("http://") && !scheme.equals("https://")) {
                continue; // not an HTTP pattern (redis://, postgres://, ...)
            }
            String host = switch (p.host()) {
                case HostPattern.HostPart.Any any -> "*";
                case HostPattern.HostPart.Name name -> name.name();
                case HostPattern.HostPart.AnySubdomain sub -> "*" + sub.suffix();
                case HostPattern.HostPart.Address a -> a.address() instanceof Inet6Address
                        ? "[" + a.address().getHostAddress() + "]" : a.address().getHostAddress();
                case HostPattern.HostPart.Self self -> null;
                case HostPattern.HostPart.Cidr cidr -> throw new PatternException("'" + p.original()
                        + "': CIDR blocks are not supported for outbound HTTP yet");
            };
            if (host == null) {
                continue; // self: service chaining is not supported; it matches no named host
            }
            switch (p.port()) {
                case HostPattern.PortPart.Any any -> out.add(scheme + host + ":*");
                case HostPattern.PortPart.Single single -> out.add(scheme + host + ":" + single.port());
                case HostPattern.PortPart.Range range -> {
                    if (range.end() - range.start() > MAX_RANGE) {
                        throw new PatternException("'" + p.original() + "': port ranges over " + MAX_RANGE
                                + " ports are not supported for outbound HTTP");
                    }
                    for (int port = range.start(); port < range.end(); port++) {
                        out.add(scheme + host + ":" + port);
                    }
                }
            }
        }
        return out.isEmpty() ? OutboundHttpPolicy.denyAll() : OutboundHttpPolicy.allow(out);
    }
}
