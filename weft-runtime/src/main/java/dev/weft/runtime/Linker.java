package dev.weft.runtime;

import dev.weft.component.Component;
import dev.weft.error.DecodeException;
import dev.weft.error.LinkException;
import dev.weft.error.ValidationException;

/**
 * Host definitions by import name. {@link #prepare} checks a component's every import against them once and
 * compiles its code, giving an {@link InstancePre} that instantiates cheaply as often as needed.
 *
 * <pre>{@code
 * Linker linker = new Linker();
 * linker.instance("my:app/log@1.0.0").function("write", args -> { System.out.println(args); return List.of(); });
 * ComponentInstance instance = linker.prepare(engine, Component.decode(bytes)).instantiate();
 * }</pre>
 */
public final class Linker {
    private final HostDefinition.Instance root = new HostDefinition.Instance();
    private boolean shadowing;

    /** Top-level definitions (imports that are plain functions, types or instances by name). */
    public LinkerInstance root() {
        return new LinkerInstance(root, "", this);
    }

    /**
     * Whether a definition may replace an earlier one of the same name (off by default: defining a name twice is
     * then an {@link IllegalArgumentException}), as Wasmtime's {@code Linker::allow_shadowing}.
     */
    public Linker allowShadowing(boolean allow) {
        this.shadowing = allow;
        return this;
    }

    boolean shadowing() {
        return shadowing;
    }

    /** The top-level instance {@code name} (e.g. {@code wasi:cli/stdout@0.2.12}), created on first use. */
    public LinkerInstance instance(String name) {
        return root().instance(name);
    }

    /**
     * Defines each import of {@code component} that this linker does not define yet as a function that traps
     * when called (imported resource types become fresh host resource types), so that exports which never reach
     * those imports can run (as {@code wasmtime run --trap-unknown-imports}).
     */
    public Linker defineUnknownImportsAsTraps(Component component) {
        UnknownImports.defineAsTraps(root(), root, component.type());
        return this;
    }

    /**
     * Resolves every import of {@code component} and compiles its core modules.
     *
     * Names match exactly, or by Wasmtime's semver rules: an import {@code a:b/c@0.2.0} binds to the highest
     * definition {@code a:b/c@0.2.x}, {@code @1.0.0} to the highest {@code @1.x.y}; pre-release versions and
     * {@code 0.0.x} match only themselves.
     *
     * @throws LinkException if imports are missing or have the wrong kind or type: all of them are checked first,
     *                       and {@link LinkException#problems()} names each with its expected type
     */
    public InstancePre prepare(Engine engine, Component component)
            throws LinkException, DecodeException, ValidationException {
        var imports = ImportResolver.resolve(component.type(), root);
        return new InstancePre(component, engine.compileModules(component.ast()), imports,
                ImportResolver.hostDestructors(root), engine.metering(), engine.defaultLimits());
    }
}
