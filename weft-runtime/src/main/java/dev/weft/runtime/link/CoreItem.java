package dev.weft.runtime.link;

import dev.weft.runtime.abi.FlatFunction;
import dev.weft.runtime.engine.CoreExtern;
import dev.weft.runtime.engine.CoreFuncType;
import dev.weft.runtime.engine.CoreFunction;
import dev.weft.runtime.engine.CoreImports;

/** A core-level item: an export of an engine instance, or a function the host made ({@code canon lower}, built-ins). */
sealed interface CoreItem {

    /** This item as the value of a core module's import. */
    CoreImports.Value importValue();

    record Engine(CoreExtern extern) implements CoreItem {
        @Override
        public CoreImports.Value importValue() {
            return new CoreImports.ExternValue(extern);
        }
    }

    record HostFunc(CoreFuncType type, FlatFunction function) implements CoreItem {
        @Override
        public CoreImports.Value importValue() {
            return new CoreImports.HostFunctionValue(type, (caller, args) -> function.call(args));
        }
    }

    /** This item as a flat function, for {@code canon lift}, realloc and post-return. */
    /** As {@link #asFlatFunction(CoreItem, String)}, naming it {@code what + " " + index} (made only on a failure). */
    static FlatFunction asFlatFunction(CoreItem item, String what, long index) {
        return item instanceof HostFunc h ? h.function()
                : item instanceof Engine e && e.extern() instanceof CoreFunction f ? f::call
                : asFlatFunction(item, what + " " + index);
    }

    static FlatFunction asFlatFunction(CoreItem item, String what) {
        return switch (item) {
            case HostFunc h -> h.function();
            case Engine e when e.extern() instanceof CoreFunction f -> f::call;
            case Engine e -> throw new IllegalStateException(what + " is not a core function");
        };
    }
}
