package dev.weft.wasi.sockets;

import static dev.weft.wasi.WasiVals.one;
import static dev.weft.wasi.sockets.SocketsP2.op;

import dev.weft.error.Trap;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.ListVal;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.io.IoResources;
import dev.weft.wasi.io.Pollable;
import java.util.ArrayList;
import java.util.List;

/** WASI 0.2 glue for {@code wasi:sockets/udp} and {@code wasi:sockets/udp-create-socket}. */
final class UdpP2 {
    private UdpP2() {
    }

    static void define(Linker linker, String version, IoResources io, HostResource<SocketsP2.Network> network,
            NetworkPolicy policy) {
        var udp = HostResource.of("udp-socket", UdpSocket.class, UdpSocket::close);
        var incoming = HostResource.of("incoming-datagram-stream", DatagramStreams.Incoming.class);
        var outgoing = HostResource.of("outgoing-datagram-stream", DatagramStreams.Outgoing.class);
        LinkerInstance create = linker.instance("wasi:sockets/udp-create-socket@" + version);
        op(create, "create-udp-socket", a -> udp.own(UdpSocket.create(SocketAddresses.familyOf(a.get(0)), policy)));
        LinkerInstance u = linker.instance("wasi:sockets/udp@" + version)
                .resource("udp-socket", udp)
                .resource("incoming-datagram-stream", incoming)
                .resource("outgoing-datagram-stream", outgoing);
        String m = "[method]udp-socket.";
        op(u, m + "start-bind", a -> {
            network.get(a.get(1));
            udp.get(a.get(0)).startBind(SocketAddresses.fromVal(a.get(2)));
            return null;
        });
        op(u, m + "finish-bind", a -> {
            udp.get(a.get(0)).finishBind();
            return null;
        });
        op(u, m + "stream", a -> {
            UdpSocket socket = udp.get(a.get(0));
            int generation = socket.stream(SocketAddresses.optionalFromVal(a.get(1)));
            return WasiVals.tuple(incoming.own(new DatagramStreams.Incoming(socket, generation)),
                    outgoing.own(new DatagramStreams.Outgoing(socket, generation)));
        });
        op(u, m + "local-address", a -> SocketAddresses.toVal(udp.get(a.get(0)).localAddress()));
        op(u, m + "remote-address", a -> SocketAddresses.toVal(udp.get(a.get(0)).remoteAddress()));
        u.function(m + "address-family", a -> one(SocketAddresses.familyVal(udp.get(a.get(0)).family())));
        OptionsP2.define(u, "udp-socket", s -> {
            UdpSocket socket = udp.get(s);
            return new OptionsP2.Target(socket.options(), socket.channel().isOpen() ? socket.channel() : null);
        }, false);
        u.function(m + "subscribe", a -> {
            udp.get(a.get(0));
            return one(io.pollable().own(Pollable.READY));
        });
        op(u, "[method]incoming-datagram-stream.receive", a -> {
            List<Val> out = new ArrayList<>();
            for (DatagramStreams.Datagram d : incoming.get(a.get(0)).receive(WasiVals.toLong(a.get(1)))) {
                out.add(WasiVals.record(WasiVals.field("data", WasiVals.bytes(d.data())),
                        WasiVals.field("remote-address", SocketAddresses.toVal(d.address().orElseThrow()))));
            }
            return new ListVal(out);
        });
        u.function("[method]incoming-datagram-stream.subscribe",
                a -> one(io.pollable().own(incoming.get(a.get(0)).pollable())));
        op(u, "[method]outgoing-datagram-stream.check-send",
                a -> WasiVals.u64(outgoing.get(a.get(0)).checkSend()));
        op(u, "[method]outgoing-datagram-stream.send",
                a -> WasiVals.u64(outgoing.get(a.get(0)).send(datagrams(a.get(1)))));
        u.function("[method]outgoing-datagram-stream.subscribe",
                a -> one(io.pollable().own(outgoing.get(a.get(0)).pollable())));
    }

    private static List<DatagramStreams.Datagram> datagrams(Val list) throws Trap {
        if (!(list instanceof ListVal l)) {
            throw new Trap("expected list<outgoing-datagram>, got " + list);
        }
        List<DatagramStreams.Datagram> out = new ArrayList<>();
        for (Val d : l.elements()) {
            out.add(new DatagramStreams.Datagram(WasiVals.toBytes(WasiVals.fieldOf(d, "data")),
                    SocketAddresses.optionalFromVal(WasiVals.fieldOf(d, "remote-address"))));
        }
        return out;
    }
}
