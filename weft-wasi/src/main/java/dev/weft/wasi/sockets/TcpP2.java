package dev.weft.wasi.sockets;

import static dev.weft.wasi.WasiVals.one;
import static dev.weft.wasi.sockets.SocketsP2.op;

import dev.weft.error.Trap;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.BoolVal;
import dev.weft.value.EnumVal;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.io.IoResources;
import java.util.List;

/** WASI 0.2 glue for {@code wasi:sockets/tcp} and {@code wasi:sockets/tcp-create-socket}. */
final class TcpP2 {
    private TcpP2() {
    }

    static void define(Linker linker, String version, IoResources io, HostResource<SocketsP2.Network> network,
            NetworkPolicy policy) {
        var tcp = HostResource.of("tcp-socket", TcpSocket.class, TcpSocket::close);
        LinkerInstance create = linker.instance("wasi:sockets/tcp-create-socket@" + version);
        op(create, "create-tcp-socket", a -> tcp.own(TcpSocket.create(SocketAddresses.familyOf(a.get(0)), policy)));
        LinkerInstance t = linker.instance("wasi:sockets/tcp@" + version).resource("tcp-socket", tcp);
        String m = "[method]tcp-socket.";
        op(t, m + "start-bind", a -> {
            network.get(a.get(1));
            tcp.get(a.get(0)).startBind(SocketAddresses.fromVal(a.get(2)));
            return null;
        });
        op(t, m + "finish-bind", a -> {
            tcp.get(a.get(0)).finishBind();
            return null;
        });
        op(t, m + "start-connect", a -> {
            network.get(a.get(1));
            tcp.get(a.get(0)).startConnect(SocketAddresses.fromVal(a.get(2)));
            return null;
        });
        op(t, m + "finish-connect", a -> {
            TcpSocket.Streams s = tcp.get(a.get(0)).finishConnect();
            return WasiVals.tuple(io.inputStream().own(s.input()), io.outputStream().own(s.output()));
        });
        op(t, m + "start-listen", a -> {
            tcp.get(a.get(0)).startListen();
            return null;
        });
        op(t, m + "finish-listen", a -> {
            tcp.get(a.get(0)).finishListen();
            return null;
        });
        op(t, m + "accept", a -> {
            TcpSocket.Accepted c = tcp.get(a.get(0)).accept();
            return WasiVals.tuple(tcp.own(c.socket()), io.inputStream().own(c.streams().input()),
                    io.outputStream().own(c.streams().output()));
        });
        op(t, m + "local-address", a -> SocketAddresses.toVal(tcp.get(a.get(0)).localAddress()));
        op(t, m + "remote-address", a -> SocketAddresses.toVal(tcp.get(a.get(0)).remoteAddress()));
        t.function(m + "is-listening", a -> one(WasiVals.bool(tcp.get(a.get(0)).isListening())));
        t.function(m + "address-family", a -> one(SocketAddresses.familyVal(tcp.get(a.get(0)).family())));
        op(t, m + "set-listen-backlog-size", a -> {
            tcp.get(a.get(0)).setListenBacklogSize(WasiVals.toLong(a.get(1)));
            return null;
        });
        OptionsP2.define(t, "tcp-socket", s -> {
            TcpSocket socket = tcp.get(s);
            return new OptionsP2.Target(socket.options(), socket.optionChannel());
        }, true);
        t.function(m + "subscribe", a -> one(io.pollable().own(tcp.get(a.get(0)).pollable())));
        op(t, m + "shutdown", a -> {
            String how = shutdownType(a.get(1));
            tcp.get(a.get(0)).shutdown(!how.equals("send"), !how.equals("receive"));
            return null;
        });
    }

    private static String shutdownType(Val v) throws Trap {
        if (v instanceof EnumVal e && List.of("receive", "send", "both").contains(e.caseName())) {
            return e.caseName();
        }
        throw new Trap("expected a shutdown-type, got " + v);
    }

    static boolean bool(Val v) throws Trap {
        if (v instanceof BoolVal b) {
            return b.value();
        }
        throw new Trap("expected a bool, got " + v);
    }

    static int u8(Val v) throws Trap {
        if (v instanceof U8Val b) {
            return b.value();
        }
        throw new Trap("expected a u8, got " + v);
    }
}
