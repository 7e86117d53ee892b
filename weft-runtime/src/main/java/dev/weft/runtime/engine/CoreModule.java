package dev.weft.runtime.engine;

import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import java.time.Duration;
import java.util.List;

/**
 * A parsed, validated and compiled core module. Immutable and thread-safe: instantiate it as often as needed,
 * from any thread; each instance gets its own state.
 */
public interface CoreModule {

    List<CoreImport> imports();

    List<CoreExport> exports();

    /** Hex SHA-256 of the module's bytes. */
    String sha256();

    /** Functions that run in the interpreter because they are too large for a JVM method; usually empty. */
    List<InterpretedFunction> interpretedFunctions();

    CompileSource compileSource();

    /** Wall time this module took to parse and compile (or load from the cache). */
    Duration loadTime();

    /**
     * Creates a new instance. Runs the module's start function, if any.
     *
     * @throws LinkException          an import is missing or has the wrong type
     * @throws InstantiationException a data or element segment does not fit, or the start function trapped
     */
    default CoreInstance instantiate(CoreImports imports) throws LinkException, InstantiationException {
        return instantiate(imports, CoreStore.unlimited());
    }

    /**
     * Creates a new instance whose memories and tables count against {@code store}'s limits and whose meters (if
     * this module is metered) are {@code store}'s.
     *
     * @throws InstantiationException also when a memory or table does not fit the store's limits; its cause is then
     *                                a {@link dev.weft.error.Trap} of kind {@code MEMORY_LIMIT} or {@code TABLE_LIMIT}
     */
    CoreInstance instantiate(CoreImports imports, CoreStore store) throws LinkException, InstantiationException;

    /** True when this module was compiled with a fuel meter. */
    boolean meteredFuel();

    /** True when this module was compiled with a call-depth meter. */
    boolean meteredCallDepth();

    default CoreInstance instantiate() throws LinkException, InstantiationException {
        return instantiate(CoreImports.empty());
    }
}
