package dev.weft.runtime.engine;

import java.util.Map;
import java.util.Optional;

/**
 * An instantiated core module with its own memories, tables and globals (or those it imported).
 * An instance is not thread-safe: run one call at a time on it. A trap does not poison the core instance;
 * the component layer decides whether a trapped instance may be re-entered.
 */
public interface CoreInstance {

    CoreModule module();

    /** All exports by name, in the module's export order. */
    Map<String, CoreExtern> exports();

    Optional<CoreExtern> export(String name);

    /**
     * The export at {@code position} in {@link CoreModule#exports()} (the same object {@link #export(String)} gives
     * for its name): for callers that looked the position up once per module rather than the name per instance.
     *
     * @throws IndexOutOfBoundsException if the module has no export at {@code position}
     */
    default CoreExtern exportAt(int position) {
        return export(module().exports().get(position).name()).orElseThrow();
    }

    /** The exported function {@code name}; an {@link IllegalArgumentException} if there is none of that kind. */
    CoreFunction function(String name);

    CoreMemory memory(String name);

    CoreTable table(String name);

    CoreGlobal global(String name);

    /** Memory index 0 (defined or imported), if the module has one. */
    Optional<CoreMemory> defaultMemory();
}
