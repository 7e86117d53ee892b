package dev.weft.wasi;

import dev.weft.wasi.filesystem.Preopen;
import dev.weft.wasi.sockets.AddressPattern;
import dev.weft.wasi.sockets.NetworkPolicy;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a WASI guest sees of its host: arguments, environment, preopened folders, stdio, the network it may use and
 * its initial working directory. Build one per run with {@link #builder()}; a guest gets nothing it was not given
 * (no env, no folders, empty stdin, discarded output, no network address, no name lookup, no initial cwd).
 */
public record WasiContext(List<String> args, Map<String, String> env, List<Preopen> preopens, InputStream stdin,
        OutputStream stdout, OutputStream stderr, NetworkPolicy network, Optional<String> initialCwd) {

    public WasiContext {
        args = List.copyOf(args);
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
        preopens = List.copyOf(preopens);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(initialCwd, "initialCwd");
    }

    /** A context without network access or initial cwd. */
    public WasiContext(List<String> args, Map<String, String> env, List<Preopen> preopens, InputStream stdin,
            OutputStream stdout, OutputStream stderr) {
        this(args, env, preopens, stdin, stdout, stderr, NetworkPolicy.DENY_ALL, Optional.empty());
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<Preopen> preopens = new ArrayList<>();
        private InputStream stdin = InputStream.nullInputStream();
        private OutputStream stdout = OutputStream.nullOutputStream();
        private OutputStream stderr = OutputStream.nullOutputStream();
        private boolean tcp = true;
        private boolean udp = true;
        private boolean ipNameLookup;
        private final List<AddressPattern> tcpAllowed = new ArrayList<>();
        private final List<AddressPattern> udpAllowed = new ArrayList<>();
        private String initialCwd;

        private Builder() {
        }

        /** The guest's argument list, program name first. */
        public Builder args(List<String> values) {
            args.addAll(values);
            return this;
        }

        public Builder args(String... values) {
            return args(List.of(values));
        }

        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Builder env(Map<String, String> values) {
            env.putAll(values);
            return this;
        }

        /** Copies the host process environment. */
        public Builder inheritEnv() {
            env.putAll(System.getenv());
            return this;
        }

        /** Preopens {@code hostPath} as {@code guestPath}; a read-only preopen refuses every change. */
        public Builder preopenDir(Path hostPath, String guestPath, boolean readOnly) {
            preopens.add(new Preopen(hostPath, guestPath, readOnly));
            return this;
        }

        public Builder preopenDir(Path hostPath, String guestPath) {
            return preopenDir(hostPath, guestPath, false);
        }

        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        public Builder stdout(OutputStream out) {
            this.stdout = out;
            return this;
        }

        public Builder stderr(OutputStream err) {
            this.stderr = err;
            return this;
        }

        /** Stdio of this JVM process. */
        public Builder inheritStdio() {
            return stdin(System.in).stdout(System.out).stderr(System.err);
        }

        /**
         * Lets TCP sockets bind to and connect to addresses matching {@code pattern} ({@code HOST:PORT}, where HOST
         * is an IP, a CIDR block, a name or {@code *} and PORT a number or {@code *}; {@code *} alone matches all).
         *
         * @throws IllegalArgumentException if the pattern is malformed, naming what is wrong
         */
        public Builder allowTcp(String pattern) {
            tcpAllowed.add(AddressPattern.parse(pattern));
            return this;
        }

        /** Lets UDP sockets bind to and exchange datagrams with addresses matching {@code pattern} (as {@link #allowTcp}). */
        public Builder allowUdp(String pattern) {
            udpAllowed.add(AddressPattern.parse(pattern));
            return this;
        }

        /** Whether {@code wasi:sockets/ip-name-lookup} may resolve names (default: no). */
        public Builder allowIpNameLookup(boolean allow) {
            ipNameLookup = allow;
            return this;
        }

        /** Whether the guest may create TCP sockets at all (default: yes; addresses still need an allow rule). */
        public Builder tcp(boolean enabled) {
            tcp = enabled;
            return this;
        }

        /** Whether the guest may create UDP sockets at all (default: yes; addresses still need an allow rule). */
        public Builder udp(boolean enabled) {
            udp = enabled;
            return this;
        }

        /** Lets TCP and UDP sockets use every address, as Wasmtime's {@code -S inherit-network}. */
        public Builder inheritNetwork() {
            tcpAllowed.add(AddressPattern.ANY);
            udpAllowed.add(AddressPattern.ANY);
            return this;
        }

        /** The path {@code wasi:cli/environment.initial-cwd} reports (default: none, as Wasmtime). */
        public Builder initialCwd(String path) {
            initialCwd = path;
            return this;
        }

        public WasiContext build() {
            return new WasiContext(args, env, preopens, stdin, stdout, stderr,
                    new NetworkPolicy(tcp, udp, ipNameLookup, tcpAllowed, udpAllowed), Optional.ofNullable(initialCwd));
        }
    }
}
