package dev.weft.wasi;

import dev.weft.wasi.filesystem.Preopen;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a WASI guest sees of its host: arguments, environment, preopened folders and stdio. Build one per run with
 * {@link #builder()}; a guest gets nothing it was not given (no env, no folders, empty stdin, discarded output).
 */
public record WasiContext(List<String> args, Map<String, String> env, List<Preopen> preopens, InputStream stdin,
        OutputStream stdout, OutputStream stderr) {

    public WasiContext {
        args = List.copyOf(args);
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
        preopens = List.copyOf(preopens);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
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

        public WasiContext build() {
            return new WasiContext(args, env, preopens, stdin, stdout, stderr);
        }
    }
}
