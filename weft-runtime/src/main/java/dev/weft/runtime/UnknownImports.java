package dev.weft.runtime;

import dev.weft.component.print.TypePrinter;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.error.Trap;

/**
 * Defines every import of a component that a linker does not define as a function that traps when called (and
 * a fresh host resource type for each imported resource), as {@code wasmtime run --trap-unknown-imports} does.
 */
final class UnknownImports {
    private UnknownImports() {
    }

    static void defineAsTraps(LinkerInstance root, HostDefinition.Instance rootDefinition, ComponentType component) {
        for (NamedExtern imported : component.imports()) {
            HostDefinition exact = rootDefinition.members().get(imported.name());
            if (exact == null && ImportResolver.find(rootDefinition, imported.name()).isEmpty()) {
                define(root, "", imported.name(), imported.type());
            } else if (exact instanceof HostDefinition.Instance && imported.type() instanceof InstanceType instance) {
                fill(root.instance(imported.name()), imported.name(), exact, instance);
            }
        }
    }

    private static void fill(LinkerInstance target, String path, HostDefinition existing, InstanceType type) {
        if (!(existing instanceof HostDefinition.Instance instance)) {
            return;
        }
        for (NamedExtern member : type.exports()) {
            if (!instance.members().containsKey(member.name())) {
                define(target, path + "#", member.name(), member.type());
            }
        }
    }

    /** Defines {@code name} in {@code scope}; {@code prefix} + name is the import's full path, for messages. */
    private static void define(LinkerInstance scope, String prefix, String name, ExternType type) {
        String path = prefix + name;
        switch (type) {
            case FuncType func -> scope.function(name, func, args -> {
                throw new Trap("unknown import `" + path + "` (" + TypePrinter.func(func)
                        + ") was called: the host does not provide it, so it was defined to trap");
            });
            case InstanceType instance -> {
                LinkerInstance nested = scope.instance(name);
                for (NamedExtern member : instance.exports()) {
                    define(nested, path + "#", member.name(), member.type());
                }
            }
            case TypeExtern t -> {
                if (t.bound() instanceof TypeBound.SubResource) {
                    scope.resource(name, new ResourceType(name));
                }
            }
            case ComponentType c -> {
            }
            case CoreModuleType m -> {
            }
            case ValueExtern v -> {
            }
        }
    }
}
