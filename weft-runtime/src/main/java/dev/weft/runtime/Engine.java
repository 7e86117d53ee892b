package dev.weft.runtime;

import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.ast.Section;
import dev.weft.component.validate.EmptyImportNames;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import dev.weft.runtime.engine.CoreEngine;
import dev.weft.runtime.engine.CoreModule;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles the core modules of components to JVM bytecode (once per module, cached on disk) and is shared by
 * every {@link Linker}, {@link InstancePre} and instance. Thread-safe.
 */
public final class Engine {
    private final CoreEngine core;

    private Engine(CoreEngine core) {
        this.core = core;
    }

    /** An engine with the default on-disk compile cache ({@code $WEFT_CACHE_DIR} or {@code ~/.cache/weft}). */
    public static Engine create() {
        return new Engine(CoreEngine.create());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Compiles every core module inside {@code component}, nested components included. */
    Map<CoreModuleSection, CoreModule> compileModules(Component component)
            throws DecodeException, ValidationException {
        Map<CoreModuleSection, CoreModule> compiled = new IdentityHashMap<>();
        collect(component, compiled);
        return compiled;
    }

    private void collect(Component component, Map<CoreModuleSection, CoreModule> compiled)
            throws DecodeException, ValidationException {
        for (Section section : component.sections()) {
            if (section instanceof CoreModuleSection m) {
                compiled.put(m, core.compile(EmptyImportNames.rewrite(m.bytes())));
            } else if (section instanceof ComponentSection c) {
                collect(c.component(), compiled);
            }
        }
    }

    public static final class Builder {
        private Optional<Path> cacheDir = Optional.of(CoreEngine.defaultCacheDir());

        private Builder() {
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
            return new Engine(CoreEngine.create(cacheDir));
        }
    }
}
