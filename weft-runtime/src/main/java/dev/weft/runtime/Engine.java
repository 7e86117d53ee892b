package dev.weft.runtime;

import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.ast.Section;
import dev.weft.component.validate.EmptyImportNames;
import dev.weft.component.validate.ModuleDigests;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import dev.weft.runtime.engine.CoreEngine;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.runtime.engine.Metering;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles the core modules of components to JVM bytecode (once per module, cached on disk) and is shared by
 * every {@link Linker}, {@link InstancePre} and instance. Thread-safe.
 */
public final class Engine {
    private final CoreEngine core;
    private final Metering metering;
    private final Limits defaultLimits;

    private Engine(CoreEngine core, Metering metering, Limits defaultLimits) {
        this.core = core;
        this.metering = metering;
        this.defaultLimits = defaultLimits;
    }

    /** An engine with the default on-disk compile cache ({@code $WEFT_CACHE_DIR} or {@code ~/.cache/weft}). */
    public static Engine create() {
        return new Engine(CoreEngine.create(), Metering.NONE, Limits.none());
    }

    /** Which meters the code this engine compiles carries. */
    Metering metering() {
        return metering;
    }

    /** The limits of {@link InstancePre#instantiate()}. */
    public Limits defaultLimits() {
        return defaultLimits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compiles a core module (binary) with this engine's meters, e.g. for a host to offer it to components that
     * import a core module ({@link LinkerInstance#module}).
     *
     * @throws DecodeException     if the bytes are not a core module
     * @throws ValidationException if the module is invalid
     */
    public CoreModule compileModule(byte[] wasm) throws DecodeException, ValidationException {
        byte[] bytes = EmptyImportNames.rewrite(wasm);
        return metering.any() ? core.compile(bytes, metering) : core.compile(bytes);
    }

    /** Compiles every core module inside {@code component}, nested components included. */
    Map<CoreModuleSection, CoreModule> compileModules(Component component)
            throws DecodeException, ValidationException {
        Map<CoreModuleSection, CoreModule> compiled = new IdentityHashMap<>();
        collect(component, compiled);
        return compiled;
    }

    /**
     * Compiles every core module of {@code component} (nested components included, in binary order), or loads
     * it from the in-memory or on-disk cache, and reports for each where its code came from, how long that took,
     * and which functions run in Endive's interpreter because they are too large for a JVM method. What
     * {@code weft inspect --compile} prints; a later {@link Linker#prepare} of the same component reuses the work.
     */
    public List<CompiledModule> compile(dev.weft.component.Component component)
            throws DecodeException, ValidationException {
        Map<CoreModuleSection, CoreModule> compiled = new java.util.LinkedHashMap<>();
        collect(component.ast(), compiled);
        List<CompiledModule> report = new java.util.ArrayList<>();
        for (CoreModule module : compiled.values()) {
            report.add(CompiledModule.of(report.size(), module));
        }
        return List.copyOf(report);
    }

    private void collect(Component component, Map<CoreModuleSection, CoreModule> compiled)
            throws DecodeException, ValidationException {
        for (Section section : component.sections()) {
            if (section instanceof CoreModuleSection m) {
                byte[] bytes = EmptyImportNames.rewrite(m.bytes());
                // unmetered: the validator hashed these very bytes already (see ModuleDigests)
                compiled.put(m, metering.any() ? core.compile(bytes, metering)
                        : core.compile(bytes, ModuleDigests.sha256Hex(bytes)));
            } else if (section instanceof ComponentSection c) {
                collect(c.component(), compiled);
            }
        }
    }

    /** Builds an {@link Engine}: cache directory, meters, default limits. */
    public static final class Builder {
        private Optional<Path> cacheDir = Optional.of(CoreEngine.defaultCacheDir());
        private boolean fuel;
        private boolean callDepth;
        private Limits defaultLimits = Limits.none();

        private Builder() {
        }

        /**
         * Compiles code with a fuel meter, so that {@link Limits.Builder#fuel(long)} can bound how much an instance
         * runs (like Wasmtime's {@code consume_fuel}). Costs some speed; metered code is cached separately.
         */
        public Builder withFuel() {
            this.fuel = true;
            return this;
        }

        /** Compiles code with a call-depth meter, so that {@link Limits.Builder#maxCallDepth(int)} works. */
        public Builder withCallDepthMeter() {
            this.callDepth = true;
            return this;
        }

        /** The limits {@link InstancePre#instantiate()} applies (default {@link Limits#none()}). */
        public Builder withDefaultLimits(Limits limits) {
            this.defaultLimits = java.util.Objects.requireNonNull(limits);
            return this;
        }

        /** Where compiled code is cached across processes. */
        public Builder withCacheDir(Path dir) {
            this.cacheDir = Optional.of(dir);
            return this;
        }

        /** Compile in memory only (nothing written to disk). */
        public Builder withoutDiskCache() {
            this.cacheDir = Optional.empty();
            return this;
        }

        public Engine build() {
            return new Engine(CoreEngine.create(cacheDir), new Metering(fuel, callDepth), defaultLimits);
        }
    }
}
