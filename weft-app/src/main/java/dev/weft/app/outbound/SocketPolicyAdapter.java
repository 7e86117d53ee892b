package dev.weft.app.outbound;

import dev.weft.app.PatternException;
import dev.weft.wasi.WasiContext;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives {@code wasi:sockets} the manifest allow-list, as Spin does: only {@code *://} patterns apply to raw TCP/UDP
 * sockets, and only those whose host is an IP address, a CIDR block or {@code *} (a socket connects to an address,
 * which a host-name pattern never equals). Port ranges become one rule per port (at most 1024).
 */
public final class SocketPolicyAdapter {
    private SocketPolicyAdapter() {
    }

    /** The {@code HOST:PORT} socket rules for {@code policy} (see {@link WasiContext.Builder#allowTcp}). */
    public static List<String> socketRules(OutboundPolicy policy) throws PatternException {
        List<String> out = new ArrayList<>();
        for (HostPattern p : policy.patterns()) {
            if (!(p.scheme() instanceof HostPattern.SchemePart.Any)) {
                continue;
            }
            String host = switch (p.host()) {
                case HostPattern.HostPart.Any any -> "*";
                case HostPattern.HostPart.Address a -> a.address() instanceof Inet6Address
                        ? "[" + a.address().getHostAddress() + "]" : a.address().getHostAddress();
                case HostPattern.HostPart.Cidr c -> c.network().getHostAddress() + "/" + c.prefixBits();
                case HostPattern.HostPart.Name name -> null;
                case HostPattern.HostPart.AnySubdomain sub -> null;
                case HostPattern.HostPart.Self self -> null;
            };
            if (host == null) {
                continue;
            }
            switch (p.port()) {
                case HostPattern.PortPart.Any any -> out.add(host + ":*");
                case HostPattern.PortPart.Single single -> out.add(host + ":" + single.port());
                case HostPattern.PortPart.Range range -> {
                    if (range.end() - range.start() > HttpPolicyAdapter.MAX_RANGE) {
                        throw new PatternException("'" + p.original() + "': port ranges over "
                                + HttpPolicyAdapter.MAX_RANGE + " ports are not supported for sockets");
                    }
                    for (int port = range.start(); port < range.end(); port++) {
                        out.add(host + ":" + port);
                    }
                }
            }
        }
        return out;
    }

    /** Allows TCP and UDP to every rule of {@code policy} in {@code ctx}. */
    public static WasiContext.Builder apply(WasiContext.Builder ctx, OutboundPolicy policy) throws PatternException {
        for (String rule : socketRules(policy)) {
            ctx.allowTcp(rule).allowUdp(rule);
        }
        return ctx;
    }
}
