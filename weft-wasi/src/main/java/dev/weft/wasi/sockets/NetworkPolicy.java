package dev.weft.wasi.sockets;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * What a guest may do on the network. The default, {@link #DENY_ALL}, allows creating sockets (as Wasmtime does) but
 * no address: every bind, connect and send fails with {@code access-denied}, and name lookups fail.
 *
 * @param tcp whether {@code create-tcp-socket} may create sockets at all
 * @param udp whether {@code create-udp-socket} may create sockets at all
 * @param ipNameLookup whether {@code resolve-addresses} may look names up
 * @param tcpAllowed addresses TCP sockets may bind to and connect to
 * @param udpAllowed addresses UDP sockets may bind to and exchange datagrams with
 */
public record NetworkPolicy(boolean tcp, boolean udp, boolean ipNameLookup, List<AddressPattern> tcpAllowed,
        List<AddressPattern> udpAllowed) {
    public static final NetworkPolicy DENY_ALL = new NetworkPolicy(true, true, false, List.of(), List.of());

    public NetworkPolicy {
        tcpAllowed = List.copyOf(tcpAllowed);
        udpAllowed = List.copyOf(udpAllowed);
    }

    /** Whether a TCP socket may bind to or connect to {@code address}. */
    public boolean allowsTcp(InetSocketAddress address) {
        return tcp && anyMatch(tcpAllowed, address);
    }

    /** Whether a UDP socket may bind to, or exchange datagrams with, {@code address}. */
    public boolean allowsUdp(InetSocketAddress address) {
        return udp && anyMatch(udpAllowed, address);
    }

    private static boolean anyMatch(List<AddressPattern> patterns, InetSocketAddress address) {
        for (AddressPattern p : patterns) {
            if (p.matches(address)) {
                return true;
            }
        }
        return false;
    }
}
