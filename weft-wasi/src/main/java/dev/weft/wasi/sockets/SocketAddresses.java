package dev.weft.wasi.sockets;

import dev.weft.error.Trap;
import dev.weft.value.EnumVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.TupleVal;
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import dev.weft.wasi.WasiVals;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Converts between {@code wasi:sockets/network} address values and {@link InetSocketAddress}. */
public final class SocketAddresses {
    private SocketAddresses() {
    }

    /** An {@code ip-socket-address} value as a Java address (IPv6 keeps its scope id). */
    public static InetSocketAddress fromVal(Val v) throws Trap {
        if (!(v instanceof VariantVal variant) || variant.payload().isEmpty()) {
            throw new Trap("expected an ip-socket-address, got " + v);
        }
        Val record = variant.payload().get();
        int port = (int) WasiVals.toLong(u16(WasiVals.fieldOf(record, "port")));
        Val address = WasiVals.fieldOf(record, "address");
        try {
            return switch (variant.caseName()) {
                case "ipv4" -> new InetSocketAddress(InetAddress.getByAddress(ipv4Bytes(address)), port);
                case "ipv6" -> new InetSocketAddress(Inet6Address.getByAddress(null, ipv6Bytes(address),
                        (int) WasiVals.toLong(WasiVals.fieldOf(record, "scope-id"))), port);
                default -> throw new Trap("unknown ip-socket-address case " + variant.caseName());
            };
        } catch (UnknownHostException e) {
            throw new Trap("bad ip-socket-address " + v + ": " + e.getMessage());
        }
    }

    /** An {@code option<ip-socket-address>} value. */
    public static Optional<InetSocketAddress> optionalFromVal(Val v) throws Trap {
        if (!(v instanceof OptionVal o)) {
            throw new Trap("expected option<ip-socket-address>, got " + v);
        }
        return o.value().isEmpty() ? Optional.empty() : Optional.of(fromVal(o.value().get()));
    }

    /** Whether an IPv6 address is IPv4-mapped ({@code ::ffff:a.b.c.d}); Java would turn it into IPv4. */
    static boolean isIpv4Mapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return false;
        }
        byte[] b = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    public static Val toVal(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        Val port = new U16Val(address.getPort());
        if (ip instanceof Inet4Address) {
            return new VariantVal("ipv4", Optional.of(new RecordVal(List.of(new RecordVal.Field("port", port),
                    new RecordVal.Field("address", ipv4Tuple(ip.getAddress()))))));
        }
        Inet6Address v6 = (Inet6Address) ip;
        return new VariantVal("ipv6", Optional.of(new RecordVal(List.of(new RecordVal.Field("port", port),
                new RecordVal.Field("flow-info", new U32Val(0)),
                new RecordVal.Field("address", ipv6Tuple(v6.getAddress())),
                new RecordVal.Field("scope-id", new U32Val(Integer.toUnsignedLong(v6.getScopeId())))))));
    }

    /** An {@code ip-address} value. */
    public static Val ipAddressVal(InetAddress ip) {
        return ip instanceof Inet4Address
                ? new VariantVal("ipv4", Optional.of(ipv4Tuple(ip.getAddress())))
                : new VariantVal("ipv6", Optional.of(ipv6Tuple(ip.getAddress())));
    }

    public static Val familyVal(IpFamily family) {
        return new EnumVal(family.witName());
    }

    public static IpFamily familyOf(Val v) throws Trap {
        if (v instanceof EnumVal e) {
            switch (e.caseName()) {
                case "ipv4":
                    return IpFamily.IPV4;
                case "ipv6":
                    return IpFamily.IPV6;
                default:
                    break;
            }
        }
        throw new Trap("expected an ip-address-family, got " + v);
    }

    private static Val u16(Val v) throws Trap {
        if (v instanceof U16Val) {
            return new U32Val(((U16Val) v).value());
        }
        throw new Trap("expected a u16 port, got " + v);
    }

    private static Val ipv4Tuple(byte[] b) {
        List<Val> parts = new ArrayList<>();
        for (byte x : b) {
            parts.add(new U8Val(x & 0xff));
        }
        return new TupleVal(parts);
    }

    private static Val ipv6Tuple(byte[] b) {
        List<Val> parts = new ArrayList<>();
        for (int i = 0; i < 16; i += 2) {
            parts.add(new U16Val(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)));
        }
        return new TupleVal(parts);
    }

    private static byte[] ipv4Bytes(Val tuple) throws Trap {
        List<Val> parts = elements(tuple, 4);
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            out[i] = (byte) WasiVals.toLong(parts.get(i));
        }
        return out;
    }

    private static byte[] ipv6Bytes(Val tuple) throws Trap {
        List<Val> parts = elements(tuple, 8);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            if (!(parts.get(i) instanceof U16Val u)) {
                throw new Trap("expected u16 in an ipv6-address, got " + parts.get(i));
            }
            out[2 * i] = (byte) (u.value() >> 8);
            out[2 * i + 1] = (byte) u.value();
        }
        return out;
    }

    private static List<Val> elements(Val tuple, int n) throws Trap {
        if (tuple instanceof TupleVal t && t.elements().size() == n) {
            return t.elements();
        }
        throw new Trap("expected a tuple of " + n + ", got " + tuple);
    }
}
