package dev.weft.wasi.sockets;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The address checks of {@code wasi:sockets} that fail with {@code invalid-argument}. */
final class AddressChecks {
    private AddressChecks() {
    }

    /** The address must be of the socket's family (an IPv6 socket refuses IPv4-mapped addresses). */
    static void family(IpFamily family, InetSocketAddress address) throws SocketError {
        InetAddress ip = address.getAddress();
        if (IpFamily.of(ip) != family) {
            throw SocketError.of(SocketErrorCode.INVALID_ARGUMENT, "address " + ip.getHostAddress()
                    + " is not of the socket's family " + family.witName());
        }
        if (SocketAddresses.isIpv4Mapped(ip)) {
            throw SocketError.of(SocketErrorCode.INVALID_ARGUMENT, "IPv4-mapped address " + ip.getHostAddress()
                    + " on an IPv6 socket");
        }
    }

    /** A local address must be unicast (or the wildcard). */
    static void bindable(IpFamily family, InetSocketAddress address) throws SocketError {
        family(family, address);
        if (address.getAddress().isMulticastAddress() || isBroadcast(address.getAddress())) {
            throw SocketError.of(SocketErrorCode.INVALID_ARGUMENT, "local address "
                    + address.getAddress().getHostAddress() + " is not unicast");
        }
    }

    /** A remote address must be unicast, specified, and have a non-zero port. */
    static void remote(IpFamily family, InetSocketAddress address) throws SocketError {
        bindable(family, address);
        if (address.getAddress().isAnyLocalAddress()) {
            throw SocketError.of(SocketErrorCode.INVALID_ARGUMENT, "remote address is unspecified ("
                    + address.getAddress().getHostAddress() + ")");
        }
        if (address.getPort() == 0) {
            throw SocketError.of(SocketErrorCode.INVALID_ARGUMENT, "remote port is 0");
        }
    }

    private static boolean isBroadcast(InetAddress ip) {
        if (!(ip instanceof Inet4Address)) {
            return false;
        }
        for (byte b : ip.getAddress()) {
            if (b != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }
}
