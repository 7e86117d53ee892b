package dev.weft.runtime.engine;

import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs core WebAssembly modules. The one way Weft reaches the underlying engine (Endive): no Endive type
 * appears in this package's public API. Thread-safe.
 */
public interface CoreEngine {

    /**
     * Parses, validates and compiles {@code wasm} to JVM bytecode, or reuses earlier work: this engine compiles
     * given bytes once, and with a disk cache a later process loads the compiled code instead of compiling.
     *
     * @throws DecodeException     the bytes are not a well-formed core module
     * @throws ValidationException the module is well-formed but invalid, or uses a feature Weft does not support
     */
    CoreModule compile(byte[] wasm) throws DecodeException, ValidationException;

    /**
     * As {@link #compile(byte[])}, for bytes whose SHA-256 (lowercase hex) the caller already knows (a component's
     * embedded module, hashed once by the validator), so they are not hashed again.
     */
    default CoreModule compile(byte[] wasm, String sha256Hex) throws DecodeException, ValidationException {
        return compile(wasm);
    }

    /**
     * Like {@link #compile(byte[])}, but instruments the module first with the given meters (see
     * {@link CoreStore#setFuel} and {@link CoreStore#setMaxCallDepth}).
     */
    CoreModule compile(byte[] wasm, Metering metering) throws DecodeException, ValidationException;

    /** Counters since this engine was created. */
    CoreEngineStats stats();

    /** An engine with the given disk cache directory (empty: no disk cache). */
    static CoreEngine create(Optional<Path> diskCacheDir) {
        return new EndiveEngine(diskCacheDir.map(DiskCompileCache::new));
    }

    /**
     * An engine with the given disk cache directory (empty: no disk cache) that splits functions as
     * {@code splitting} says before compiling them.
     */
    static CoreEngine create(Optional<Path> diskCacheDir, FunctionSplitting splitting) {
        return new EndiveEngine(diskCacheDir.map(DiskCompileCache::new), splitting);
    }

    /** An engine caching compiled code under {@link #defaultCacheDir()}. */
    static CoreEngine create() {
        return create(Optional.of(defaultCacheDir()));
    }

    /**
     * The process-wide engine (created on first use with {@link #create()}), so that a process compiles a given
     * module once however many places ask for it.
     */
    static CoreEngine shared() {
        return SharedEngine.INSTANCE;
    }

    /** {@code $WEFT_CACHE_DIR/compiled}, or {@code ~/.cache/weft/compiled} when the variable is unset. */
    static Path defaultCacheDir() {
        String env = System.getenv("WEFT_CACHE_DIR");
        Path root = env != null && !env.isBlank()
                ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "weft");
        return root.resolve("compiled");
    }
}
