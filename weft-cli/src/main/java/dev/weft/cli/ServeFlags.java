package dev.weft.cli;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the values of {@code weft serve} flags: addresses, durations and byte sizes. */
final class ServeFlags {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");

    private ServeFlags() {
    }

    /** {@code HOST:PORT}, {@code :PORT} (all interfaces) or {@code [IPv6]:PORT}. */
    static InetSocketAddress address(String flag, String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new UserError(flag + " " + text + ": expected HOST:PORT, e.g. 127.0.0.1:8080");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            host = "0.0.0.0";
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new UserError(flag + " " + text + ": the port is not a number");
        }
        if (port < 0 || port > 65535) {
            throw new UserError(flag + " " + text + ": port " + port + " is out of range 0-65535");
        }
        return new InetSocketAddress(host, port);
    }

    /** {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}; a bare number is seconds. */
    static Duration duration(String flag, String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UserError(flag + " " + text + ": expected a duration such as 30s, 500ms, 2m or 1h");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) {
            throw new UserError(flag + " " + text + ": must be more than zero");
        }
        return d;
    }

    /** Bytes: {@code 1048576}, {@code 512K}, {@code 10M}, {@code 1G} (binary units; KB, KiB and K are the same). */
    static long size(String flag, String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UserError(flag + " " + text + ": expected a size such as 1048576, 512K, 10M or 1G");
        }
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2) == null ? "b" : m.group(2)) {
            case "k", "kb", "kib" -> 10;
            case "m", "mb", "mib" -> 20;
            case "g", "gb", "gib" -> 30;
            default -> 0;
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new UserError(flag + " " + text + ": too large");
        }
        return n << shift;
    }

    /**
     * {@code --max-running}: null (not given) is 0, the server's default (one per processor); else 1 to
     * {@code --max-concurrency}.
     */
    static int maxRunning(Integer given, int maxConcurrency) {
        if (given == null) {
            return 0;
        }
        if (given < 1) {
            throw new UserError("--max-running " + given + ": must be at least 1 (leave it out for one per processor)");
        }
        if (given > maxConcurrency) {
            throw new UserError("--max-running " + given + ": must be at most --max-concurrency (" + maxConcurrency
                    + "): a computing guest needs a request's thread");
        }
        return given;
    }
}
