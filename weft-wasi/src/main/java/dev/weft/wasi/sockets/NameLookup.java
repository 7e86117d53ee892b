package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.SocketErrorCode.INVALID_ARGUMENT;
import static dev.weft.wasi.sockets.SocketErrorCode.PERMANENT_RESOLVER_FAILURE;
import static dev.weft.wasi.sockets.SocketErrorCode.WOULD_BLOCK;

import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.Poller;
import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * A {@code resolve-address-stream}: the lookup runs on a virtual thread; {@code resolve-next-address} answers
 * {@code would-block} until it finishes, then hands out one address per call. IP literals resolve to themselves
 * without a lookup. When lookups are not allowed, {@link #start} fails with {@code permanent-resolver-failure}, as
 * Wasmtime does.
 */
public final class NameLookup {
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?"
            + "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\\.?");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.%a-z0-9]*]?");

    private final CompletableFuture<List<InetAddress>> result;
    private Iterator<InetAddress> next;

    private NameLookup(CompletableFuture<List<InetAddress>> result) {
        this.result = result;
    }

    /** Starts looking {@code name} up. */
    public static NameLookup start(String name, NetworkPolicy policy) throws SocketError {
        if (!policy.ipNameLookup()) {
            throw SocketError.of(PERMANENT_RESOLVER_FAILURE, "name lookup is not allowed");
        }
        if (IP_LITERAL.matcher(name).matches()) {
            try {
                String bare = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1)
                        : name;
                if (bare.matches("[0-9.]+") && bare.split("\\.", -1).length != 4) {
                    throw new UnknownHostException(name);
                }
                return new NameLookup(CompletableFuture.completedFuture(unmapped(List.of(InetAddress.getByName(
                        bare)))));
            } catch (UnknownHostException e) {
                throw SocketError.of(INVALID_ARGUMENT, "`" + name + "` is not a valid IP address");
            }
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw SocketError.of(INVALID_ARGUMENT, "`" + name + "` is not a valid host name");
        }
        if (ascii.isEmpty() || ascii.length() > 253 || !HOST_NAME.matcher(ascii).matches()) {
            throw SocketError.of(INVALID_ARGUMENT, "`" + name + "` is not a valid host name");
        }
        CompletableFuture<List<InetAddress>> future = new CompletableFuture<>();
        Thread.ofVirtual().name("weft-name-lookup").start(() -> {
            try {
                future.complete(unmapped(List.of(InetAddress.getAllByName(ascii))));
            } catch (UnknownHostException | RuntimeException e) {
                future.completeExceptionally(e);
            }
            Poller.wake();
        });
        return new NameLookup(future);
    }

    /** Java turns IPv4-mapped IPv6 results into IPv4 already; this also drops duplicates. */
    private static List<InetAddress> unmapped(List<InetAddress> all) throws UnknownHostException {
        Set<InetAddress> out = new LinkedHashSet<>();
        for (InetAddress a : all) {
            out.add(SocketAddresses.isIpv4Mapped(a)
                    ? Inet4Address.getByAddress(java.util.Arrays.copyOfRange(a.getAddress(), 12, 16)) : a);
        }
        return new ArrayList<>(out);
    }

    /** The next address, empty when all were handed out. */
    public Optional<InetAddress> resolveNextAddress() throws SocketError {
        if (!result.isDone()) {
            throw SocketError.of(WOULD_BLOCK, "resolve-next-address: the lookup is still running");
        }
        if (next == null) {
            try {
                next = result.get().iterator();
            } catch (ExecutionException e) {
                throw SocketError.of(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw SocketError.of(SocketErrorCode.UNKNOWN, "interrupted");
            }
        }
        return next.hasNext() ? Optional.of(next.next()) : Optional.empty();
    }

    public Pollable pollable() {
        return () -> result.isDone() ? 0 : Long.MAX_VALUE;
    }
}
