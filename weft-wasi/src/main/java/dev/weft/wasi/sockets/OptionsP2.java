package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.SocketsP2.op;

import dev.weft.error.Trap;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import jdk.net.ExtendedSocketOptions;

/**
 * The option getters and setters shared by {@code tcp-socket} (keep-alive, hop limit, buffer sizes) and
 * {@code udp-socket} (unicast hop limit, buffer sizes). Setting 0 fails with {@code invalid-argument}, as the WIT
 * says; values are applied to the channel where Java supports the option and reported back as set.
 */
final class OptionsP2 {
    private OptionsP2() {
    }

    /** The options of a socket and the channel they apply to (null when there is none). */
    record Target(SocketOptions options, NetworkChannel channel) {
    }

    @FunctionalInterface
    interface TargetOf {
        Target of(Val self) throws Trap;
    }

    static void define(LinkerInstance instance, String resource, TargetOf target, boolean tcp) {
        String m = "[method]" + resource + ".";
        String hop = tcp ? "hop-limit" : "unicast-hop-limit";
        op(instance, m + hop, a -> new U8Val(target.of(a.get(0)).options().hopLimit));
        op(instance, m + "set-" + hop, a -> {
            int v = TcpP2.u8(a.get(1));
            positive(v, "set-" + hop);
            target.of(a.get(0)).options().hopLimit = v;
            return null;
        });
        op(instance, m + "receive-buffer-size", a -> WasiVals.u64(target.of(a.get(0)).options().receiveBufferSize));
        op(instance, m + "set-receive-buffer-size", a -> {
            long v = WasiVals.toLong(a.get(1));
            positive(v, "set-receive-buffer-size");
            Target t = target.of(a.get(0));
            SocketOptions.set(t.channel(), StandardSocketOptions.SO_RCVBUF, SocketOptions.clampInt(v));
            t.options().receiveBufferSize = SocketOptions.read(t.channel(), StandardSocketOptions.SO_RCVBUF,
                    SocketOptions.clampInt(v));
            return null;
        });
        op(instance, m + "send-buffer-size", a -> WasiVals.u64(target.of(a.get(0)).options().sendBufferSize));
        op(instance, m + "set-send-buffer-size", a -> {
            long v = WasiVals.toLong(a.get(1));
            positive(v, "set-send-buffer-size");
            Target t = target.of(a.get(0));
            SocketOptions.set(t.channel(), StandardSocketOptions.SO_SNDBUF, SocketOptions.clampInt(v));
            t.options().sendBufferSize = SocketOptions.read(t.channel(), StandardSocketOptions.SO_SNDBUF,
                    SocketOptions.clampInt(v));
            return null;
        });
        if (tcp) {
            keepAlive(instance, m, target);
        }
    }

    private static void keepAlive(LinkerInstance instance, String m, TargetOf target) {
        op(instance, m + "keep-alive-enabled", a -> WasiVals.bool(target.of(a.get(0)).options().keepAlive));
        op(instance, m + "set-keep-alive-enabled", a -> {
            Target t = target.of(a.get(0));
            t.options().keepAlive = TcpP2.bool(a.get(1));
            SocketOptions.set(t.channel(), StandardSocketOptions.SO_KEEPALIVE, t.options().keepAlive);
            return null;
        });
        op(instance, m + "keep-alive-idle-time", a -> WasiVals.u64(target.of(a.get(0)).options().keepAliveIdleNanos));
        op(instance, m + "set-keep-alive-idle-time", a -> {
            long v = WasiVals.toLong(a.get(1));
            positive(v, "set-keep-alive-idle-time");
            Target t = target.of(a.get(0));
            long seconds = SocketOptions.roundToSeconds(v);
            t.options().keepAliveIdleNanos = SocketOptions.secondsToNanos(seconds);
            SocketOptions.set(t.channel(), ExtendedSocketOptions.TCP_KEEPIDLE, (int) seconds);
            return null;
        });
        op(instance, m + "keep-alive-interval",
                a -> WasiVals.u64(target.of(a.get(0)).options().keepAliveIntervalNanos));
        op(instance, m + "set-keep-alive-interval", a -> {
            long v = WasiVals.toLong(a.get(1));
            positive(v, "set-keep-alive-interval");
            Target t = target.of(a.get(0));
            long seconds = SocketOptions.roundToSeconds(v);
            t.options().keepAliveIntervalNanos = SocketOptions.secondsToNanos(seconds);
            SocketOptions.set(t.channel(), ExtendedSocketOptions.TCP_KEEPINTERVAL, (int) seconds);
            return null;
        });
        op(instance, m + "keep-alive-count", a -> WasiVals.u32(target.of(a.get(0)).options().keepAliveCount));
        op(instance, m + "set-keep-alive-count", a -> {
            long v = WasiVals.toLong(a.get(1));
            positive(v, "set-keep-alive-count");
            Target t = target.of(a.get(0));
            t.options().keepAliveCount = (int) Math.min(v, Integer.MAX_VALUE);
            SocketOptions.set(t.channel(), ExtendedSocketOptions.TCP_KEEPCOUNT, t.options().keepAliveCount);
            return null;
        });
    }

    private static void positive(long value, String what) throws SocketError {
        if (value <= 0) {
            throw SocketError.of(SocketErrorCode.INVALID_ARGUMENT, what + ": the value must not be 0");
        }
    }
}
