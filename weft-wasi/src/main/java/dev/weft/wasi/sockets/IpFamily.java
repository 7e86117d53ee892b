package dev.weft.wasi.sockets;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;

/** {@code wasi:sockets/network.ip-address-family}. */
public enum IpFamily {
    IPV4, IPV6;

    public String witName() {
        return this == IPV4 ? "ipv4" : "ipv6";
    }

    ProtocolFamily protocolFamily() {
        return this == IPV4 ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
    }

    static IpFamily of(InetAddress address) {
        return address instanceof Inet4Address ? IPV4 : IPV6;
    }
}
