package dev.weft.bindgen;

import dev.weft.wit.resolve.TypeDef;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.TypeOwner;
import dev.weft.wit.resolve.TypeRef;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitType;
import java.util.Map;
import java.util.Set;

/**
 * What the type mapping needs to know about the world: the resolved model, the Java class that holds each type
 * owner's definitions, and which owners the host implements (imports) as opposed to the guest (exports).
 */
final class TypeContext {
    private final WitModel model;
    private final Map<TypeOwner, String> holders;
    private final Set<TypeOwner> exported;

    TypeContext(WitModel model, Map<TypeOwner, String> holders, Set<TypeOwner> exported) {
        this.model = model;
        this.holders = Map.copyOf(holders);
        this.exported = Set.copyOf(exported);
    }

    WitModel model() {
        return model;
    }

    /** The type with aliases followed: a primitive, an anonymous type, or a reference to a real definition. */
    WitType resolve(WitType type) {
        if (type instanceof WitType.Named(TypeRef ref)) {
            TypeRef def = model.underlying(ref);
            TypeDef typeDef = definition(def);
            if (typeDef.kind() instanceof TypeDefKind.Alias(WitType aliased)) {
                return resolve(aliased);
            }
            return new WitType.Named(def);
        }
        return type;
    }

    TypeDef definition(TypeRef ref) {
        return model.typeDef(model.underlying(ref))
                .orElseThrow(() -> new IllegalStateException("unresolved type " + ref));
    }

    /** The qualified Java name ({@code Holder.Name}) of a named definition. */
    String javaName(TypeRef ref) throws BindgenException {
        TypeRef def = model.underlying(ref);
        String holder = holders.get(def.owner());
        if (holder == null) {
            throw new BindgenException("type `" + def + "` belongs to `" + def.owner()
                    + "`, which is neither imported nor exported by the world");
        }
        return holder + "." + JavaNames.pascal(def.name());
    }

    /** True when the resource {@code ref} is implemented by the guest (defined in an exported interface). */
    boolean isGuestResource(TypeRef ref) {
        return exported.contains(model.underlying(ref).owner());
    }

    /** The constant holding the {@code HostResource} of a host-implemented resource. */
    String hostResourceConstant(TypeRef ref) throws BindgenException {
        TypeRef def = model.underlying(ref);
        return holders.get(def.owner()) + "." + JavaNames.constant(def.name()) + "_RESOURCE";
    }
}
