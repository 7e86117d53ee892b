package dev.weft.component.validate;

import dev.weft.component.types.ComponentType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeExtern;

/**
 * Names the resource types a component reaches from outside after the names a user knows them by: a resource
 * exported or imported in an interface gets {@code interface#name} ({@code wasi:http/types@0.2.0#fields},
 * {@code test:resources/counters#counter}), one exported or imported by itself its name. Only types without such
 * a name yet are named (imports first, then exports, in order), so a resource defined by the component and
 * re-exported keeps the first name. Messages then say {@code own<test:resources/counters#counter>} instead of
 * the validator's placeholder {@code resource#N}.
 */
final class ResourceNames {
    private ResourceNames() {
    }

    /** Names the resources of a top-level component's imports and exports. */
    static void nameExternal(ComponentType type) {
        for (NamedExtern e : type.imports()) {
            name(e.name(), e.type());
        }
        for (NamedExtern e : type.exports()) {
            name(e.name(), e.type());
        }
    }

    /** A nested component's type import or export {@code name}: a local name for the resource, if it is one. */
    static void nameLocal(String name, ExternType type) {
        if (type instanceof TypeExtern te && te.definition() instanceof ResourceType r) {
            r.localNameIfUnnamed(name);
        }
    }

    private static void name(String path, ExternType type) {
        if (type instanceof TypeExtern te && te.definition() instanceof ResourceType r) {
            r.nameIfUnnamed(path);
        } else if (type instanceof InstanceType instance) {
            for (NamedExtern member : instance.exports()) {
                name(path + "#" + member.name(), member.type());
            }
        }
    }
}
