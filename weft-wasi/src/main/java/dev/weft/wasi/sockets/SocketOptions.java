package dev.weft.wasi.sockets;

import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import jdk.net.ExtendedSocketOptions;

/**
 * The options a guest may set on a socket, kept here and applied to the Java channel where Java supports them (so a
 * TCP socket keeps them across bind → listen, and accepted sockets inherit them from their listener). Java has no
 * unicast TTL option: the hop limit is recorded and reported but not applied.
 */
final class SocketOptions {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    boolean keepAlive;
    long keepAliveIdleNanos = 7200 * NANOS_PER_SECOND;
    long keepAliveIntervalNanos = 75 * NANOS_PER_SECOND;
    int keepAliveCount = 9;
    int hopLimit = 64;
    long receiveBufferSize;
    long sendBufferSize;

    SocketOptions copy() {
        SocketOptions o = new SocketOptions();
        o.keepAlive = keepAlive;
        o.keepAliveIdleNanos = keepAliveIdleNanos;
        o.keepAliveIntervalNanos = keepAliveIntervalNanos;
        o.keepAliveCount = keepAliveCount;
        o.hopLimit = hopLimit;
        o.receiveBufferSize = receiveBufferSize;
        o.sendBufferSize = sendBufferSize;
        return o;
    }

    /** Rounds a duration up to whole seconds (at least 1), as the OS options take seconds. */
    static long roundToSeconds(long nanos) {
        long seconds = Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        return Math.min(seconds, Integer.MAX_VALUE / 2);
    }

    static long secondsToNanos(long seconds) {
        return seconds * NANOS_PER_SECOND;
    }

    /** Reads the OS buffer sizes of a fresh channel as the starting values. */
    void readBuffers(NetworkChannel channel) {
        receiveBufferSize = read(channel, StandardSocketOptions.SO_RCVBUF, 65536);
        sendBufferSize = read(channel, StandardSocketOptions.SO_SNDBUF, 65536);
    }

    /** Applies every option this channel supports. */
    void applyTo(NetworkChannel channel) {
        set(channel, StandardSocketOptions.SO_KEEPALIVE, keepAlive);
        set(channel, ExtendedSocketOptions.TCP_KEEPIDLE, (int) roundToSeconds(keepAliveIdleNanos));
        set(channel, ExtendedSocketOptions.TCP_KEEPINTERVAL, (int) roundToSeconds(keepAliveIntervalNanos));
        set(channel, ExtendedSocketOptions.TCP_KEEPCOUNT, keepAliveCount);
        set(channel, StandardSocketOptions.SO_RCVBUF, clampInt(receiveBufferSize));
        set(channel, StandardSocketOptions.SO_SNDBUF, clampInt(sendBufferSize));
    }

    static int clampInt(long value) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, value));
    }

    static <T> void set(NetworkChannel channel, SocketOption<T> option, T value) {
        if (channel == null || !channel.supportedOptions().contains(option)) {
            return;
        }
        try {
            channel.setOption(option, value);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException ignored) {
            // the value stays recorded; the OS keeps its own
        }
    }

    static <T> T read(NetworkChannel channel, SocketOption<T> option, T fallback) {
        if (channel == null || !channel.supportedOptions().contains(option)) {
            return fallback;
        }
        try {
            return channel.getOption(option);
        } catch (IOException | UnsupportedOperationException e) {
            return fallback;
        }
    }
}
