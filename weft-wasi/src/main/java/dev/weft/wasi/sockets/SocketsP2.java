package dev.weft.wasi.sockets;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.error.Trap;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.EnumVal;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.io.IoResources;
import java.util.List;

/**
 * WASI 0.2 {@code wasi:sockets}: {@code network}, {@code instance-network}, {@code ip-name-lookup}, {@code tcp},
 * {@code tcp-create-socket}, {@code udp} and {@code udp-create-socket}, on Java NIO. What a guest may reach is the
 * {@link NetworkPolicy}: by default nothing (every bind, connect and send fails with {@code access-denied}, every
 * lookup with {@code permanent-resolver-failure}).
 */
public final class SocketsP2 {
    private SocketsP2() {
    }

    /** The {@code network} resource: the capability to use the network, under a policy. */
    public record Network(NetworkPolicy policy) {
    }

    @FunctionalInterface
    interface SocketOp {
        Val run(List<Val> args) throws SocketError, Trap;
    }

    /** Defines sockets that deny everything (the WASI default). */
    public static void define(Linker linker, String version) {
        define(linker, version, IoResources.create(), NetworkPolicy.DENY_ALL);
    }

    public static void define(Linker linker, String version, IoResources io, NetworkPolicy policy) {
        var network = HostResource.of("network", Network.class);
        linker.instance("wasi:sockets/network@" + version)
                .resource("network", network)
                .function("network-error-code", a -> one(io.error().get(a.get(0)).detail()
                        .filter(SocketErrorCode.class::isInstance)
                        .<Val>map(c -> WasiVals.some(new EnumVal(((SocketErrorCode) c).witName())))
                        .orElse(WasiVals.none())));
        Network theNetwork = new Network(policy);
        linker.instance("wasi:sockets/instance-network@" + version)
                .function("instance-network", a -> one(network.own(theNetwork)));
        var lookup = HostResource.of("resolve-address-stream", NameLookup.class);
        LinkerInstance names = linker.instance("wasi:sockets/ip-name-lookup@" + version)
                .resource("resolve-address-stream", lookup);
        op(names, "resolve-addresses", a -> lookup.own(NameLookup.start(WasiVals.toStr(a.get(1)),
                network.get(a.get(0)).policy())));
        op(names, "[method]resolve-address-stream.resolve-next-address", a -> lookup.get(a.get(0))
                .resolveNextAddress().map(ip -> WasiVals.some(SocketAddresses.ipAddressVal(ip)))
                .orElse(WasiVals.none()));
        names.function("[method]resolve-address-stream.subscribe",
                a -> one(io.pollable().own(lookup.get(a.get(0)).pollable())));
        TcpP2.define(linker, version, io, network, policy);
        UdpP2.define(linker, version, io, network, policy);
    }

    /** A function returning {@code result<T, error-code>}; a null value means {@code ok} without payload. */
    static void op(LinkerInstance instance, String name, SocketOp op) {
        instance.function(name, args -> {
            try {
                Val v = op.run(args);
                return one(v == null ? WasiVals.ok() : WasiVals.ok(v));
            } catch (SocketError e) {
                return one(WasiVals.err(new EnumVal(e.code().witName())));
            }
        });
    }
}
