package dev.weft.wasi.sockets;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.OptionalInt;

/**
 * One entry of a socket allow-list: a host (IP literal, CIDR block, host name or {@code *}) and a port (number or
 * {@code *}). Written {@code HOST:PORT}, {@code [IPV6]:PORT}, {@code CIDR:PORT} or just {@code *} (everything);
 * examples: {@code 127.0.0.1:8080}, {@code 10.0.0.0/8:*}, {@code [::1]:443}, {@code *:53}, {@code localhost:9000}.
 * A host name is resolved once, when the pattern is parsed.
 */
public record AddressPattern(List<Cidr> hosts, OptionalInt port) {
    /** An address block: {@code prefixBits} leading bits of {@code network} must match. */
    public record Cidr(byte[] network, int prefixBits) {
        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }

    public AddressPattern {
        hosts = hosts == null ? null : List.copyOf(hosts);
    }

    /** Matches every address and port. */
    public static final AddressPattern ANY = new AddressPattern(null, OptionalInt.empty());

    /** Whether {@code address} (IP and port) is allowed by this pattern. */
    public boolean matches(InetSocketAddress address) {
        if (port.isPresent() && port.getAsInt() != address.getPort()) {
            return false;
        }
        if (hosts == null) {
            return true;
        }
        InetAddress ip = address.getAddress();
        for (Cidr c : hosts) {
            if (c.contains(ip)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses {@code HOST:PORT} as described on the type.
     *
     * @throws IllegalArgumentException naming the pattern and what is wrong with it
     */
    public static AddressPattern parse(String text) {
        String s = text.trim();
        if (s.equals("*")) {
            return ANY;
        }
        int colon = s.lastIndexOf(':');
        if (colon < 0 || (s.startsWith("[") && colon < s.indexOf(']'))) {
            throw new IllegalArgumentException("address pattern `" + text + "`: expected HOST:PORT (PORT may be *)");
        }
        String host = s.substring(0, colon);
        String portText = s.substring(colon + 1);
        OptionalInt port;
        if (portText.equals("*")) {
            port = OptionalInt.empty();
        } else {
            try {
                int p = Integer.parseInt(portText);
                if (p < 0 || p > 65535) {
                    throw new NumberFormatException();
                }
                port = OptionalInt.of(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("address pattern `" + text + "`: port `" + portText
                        + "` is not a number from 0 to 65535 or *");
            }
        }
        if (host.equals("*")) {
            return new AddressPattern(null, port);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new AddressPattern(hosts(text, host), port);
    }

    private static List<Cidr> hosts(String text, String host) {
        int slash = host.indexOf('/');
        String ip = slash < 0 ? host : host.substring(0, slash);
        try {
            InetAddress[] all = slash < 0 ? InetAddress.getAllByName(ip)
                    : new InetAddress[] {InetAddress.getByName(literal(text, ip))};
            int bits = slash < 0 ? -1 : Integer.parseInt(host.substring(slash + 1));
            return java.util.Arrays.stream(all).map(a -> {
                int max = a.getAddress().length * 8;
                int prefix = bits < 0 ? max : bits;
                if (prefix > max) {
                    throw new IllegalArgumentException("address pattern `" + text + "`: prefix /" + bits
                            + " is longer than the address");
                }
                return new Cidr(a.getAddress(), prefix);
            }).toList();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("address pattern `" + text + "`: unknown host `" + ip + "`");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("address pattern `" + text + "`: bad CIDR prefix in `" + host + "`");
        }
    }

    private static String literal(String text, String ip) {
        if (!ip.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("address pattern `" + text + "`: a CIDR block needs an IP address, not `"
                    + ip + "`");
        }
        return ip;
    }

    @Override
    public String toString() {
        return (hosts == null ? "*" : hosts.size() + " address block(s)") + ":"
                + (port.isPresent() ? String.valueOf(port.getAsInt()) : "*");
    }
}
