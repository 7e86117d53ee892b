package dev.weft.runtime;

import dev.weft.runtime.engine.CoreModule;
import dev.weft.runtime.engine.InterpretedFunction;
import java.time.Duration;
import java.util.List;

/**
 * How one core module of a component was compiled ({@link Engine#compile}).
 *
 * @param index                the module's position among the component's core modules (binary order, nested
 *                             components included)
 * @param sha256               hex SHA-256 of the module's bytes (the disk cache key, with Weft's and Endive's versions)
 * @param source               where its JVM bytecode came from
 * @param loadTime             wall time to compile it, or to load it from the cache
 * @param interpretedFunctions functions too large for a JVM method, which run in Endive's interpreter instead, as
 *                             {@code name (func N, B bytes)} or {@code func N (B bytes)}; usually none
 */
public record CompiledModule(int index, String sha256, Source source, Duration loadTime,
        List<String> interpretedFunctions) {

    /** Where a module's compiled code came from. */
    public enum Source {
        /** Compiled to JVM bytecode now. */
        COMPILED,
        /** Loaded from the on-disk cache (compiled by an earlier process or engine). */
        DISK_CACHE,
        /** Reused from this engine's memory. */
        MEMORY_CACHE
    }

    public CompiledModule {
        interpretedFunctions = List.copyOf(interpretedFunctions);
    }

    static CompiledModule of(int index, CoreModule module) {
        Source source = switch (module.compileSource()) {
            case COMPILED -> Source.COMPILED;
            case DISK_CACHE -> Source.DISK_CACHE;
            case MEMORY_CACHE -> Source.MEMORY_CACHE;
        };
        return new CompiledModule(index, module.sha256(), source, module.loadTime(),
                module.interpretedFunctions().stream().map(InterpretedFunction::toString).toList());
    }
}
