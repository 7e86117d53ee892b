package dev.weft.wasi.sockets;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.error.Trap;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.EnumVal;
import dev.weft.wasi.WasiVals;
import java.util.List;

/**
 * WASI 0.2 {@code wasi:sockets}, denied: components that import sockets link and run, but every attempt to create a
 * socket fails with {@code access-denied} and name lookup with {@code permanent-resolver-failure}. Since no socket
 * can exist, socket methods are unreachable and trap if called.
 */
public final class SocketsP2 {
    private SocketsP2() {
    }

    /** The one (capability-less) network handed out by {@code instance-network}. */
    public static final class Network {
    }

    /** Uninhabited: sockets are denied, so no value of a socket resource ever exists. */
    public static final class NoSocket {
        private NoSocket() {
        }
    }

    private static final List<String> TCP_METHODS = List.of("start-bind", "finish-bind", "start-connect",
            "finish-connect", "start-listen", "finish-listen", "accept", "local-address", "remote-address",
            "is-listening", "address-family", "set-listen-backlog-size", "keep-alive-enabled",
            "set-keep-alive-enabled", "keep-alive-idle-time", "set-keep-alive-idle-time", "keep-alive-interval",
            "set-keep-alive-interval", "keep-alive-count", "set-keep-alive-count", "hop-limit", "set-hop-limit",
            "receive-buffer-size", "set-receive-buffer-size", "send-buffer-size", "set-send-buffer-size",
            "subscribe", "shutdown");
    private static final List<String> UDP_METHODS = List.of("start-bind", "finish-bind", "stream", "local-address",
            "remote-address", "address-family", "unicast-hop-limit", "set-unicast-hop-limit", "receive-buffer-size",
            "set-receive-buffer-size", "send-buffer-size", "set-send-buffer-size", "subscribe");

    public static void define(Linker linker, String version) {
        var network = HostResource.of("network", Network.class);
        linker.instance("wasi:sockets/network@" + version)
                .resource("network", network)
                .function("network-error-code", a -> one(WasiVals.none()));
        Network theNetwork = new Network();
        linker.instance("wasi:sockets/instance-network@" + version)
                .function("instance-network", a -> one(network.own(theNetwork)));
        linker.instance("wasi:sockets/tcp-create-socket@" + version)
                .function("create-tcp-socket", a -> one(WasiVals.err(new EnumVal("access-denied"))));
        linker.instance("wasi:sockets/udp-create-socket@" + version)
                .function("create-udp-socket", a -> one(WasiVals.err(new EnumVal("access-denied"))));
        LinkerInstance lookup = linker.instance("wasi:sockets/ip-name-lookup@" + version)
                .resource("resolve-address-stream", HostResource.of("resolve-address-stream", NoSocket.class))
                .function("resolve-addresses",
                        a -> one(WasiVals.err(new EnumVal("permanent-resolver-failure"))));
        unreachable(lookup, "resolve-address-stream", List.of("resolve-next-address", "subscribe"));
        LinkerInstance tcp = linker.instance("wasi:sockets/tcp@" + version)
                .resource("tcp-socket", HostResource.of("tcp-socket", NoSocket.class));
        unreachable(tcp, "tcp-socket", TCP_METHODS);
        LinkerInstance udp = linker.instance("wasi:sockets/udp@" + version)
                .resource("udp-socket", HostResource.of("udp-socket", NoSocket.class))
                .resource("incoming-datagram-stream", HostResource.of("incoming-datagram-stream", NoSocket.class))
                .resource("outgoing-datagram-stream", HostResource.of("outgoing-datagram-stream", NoSocket.class));
        unreachable(udp, "udp-socket", UDP_METHODS);
        unreachable(udp, "incoming-datagram-stream", List.of("receive", "subscribe"));
        unreachable(udp, "outgoing-datagram-stream", List.of("check-send", "send", "subscribe"));
    }

    private static void unreachable(LinkerInstance instance, String resource, List<String> methods) {
        for (String method : methods) {
            String name = "[method]" + resource + "." + method;
            instance.function(name, a -> {
                throw new Trap(name + ": sockets are denied, so no " + resource + " exists");
            });
        }
    }
}
