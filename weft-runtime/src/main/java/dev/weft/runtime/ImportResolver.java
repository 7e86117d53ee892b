package dev.weft.runtime;

import dev.weft.component.print.TypePrinter;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.runtime.link.RtFunc;
import dev.weft.runtime.link.RtItem;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.value.Val;
import dev.weft.component.types.ResourceType;
import dev.weft.runtime.resource.Destructor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Satisfies a component's imports from a linker's definitions, checking names, kinds and types up front. */
final class ImportResolver {
    private ImportResolver() {
    }

    /** Destructors of the host resources that {@code root} defines, reachable from any import. */
    static Map<ResourceType, Destructor> hostDestructors(HostDefinition.Instance root) {
        Map<ResourceType, Destructor> destructors = new IdentityHashMap<>();
        collectDestructors(root, destructors);
        return destructors;
    }

    private static void collectDestructors(HostDefinition.Instance scope, Map<ResourceType, Destructor> out) {
        for (HostDefinition definition : scope.members().values()) {
            switch (definition) {
                case HostDefinition.Instance nested -> collectDestructors(nested, out);
                case HostDefinition.Resource r -> r.implementation().ifPresent(h -> out.put(h.type(), h.destructor()));
                case HostDefinition.Function f -> {
                }
                case HostDefinition.Existing e -> {
                }
                case HostDefinition.Module m -> {
                }
            }
        }
    }

    /**
     * Resolves every import; checks them all before failing, so that one {@link LinkException} names every
     * missing or mistyped import ({@link LinkException#problems()}).
     */
    static Map<String, RtItem> resolve(ComponentType component, HostDefinition.Instance root) throws LinkException {
        Map<String, RtItem> resolved = new LinkedHashMap<>();
        Map<ResourceType, ResourceType> bound = new IdentityHashMap<>();
        List<String> problems = new ArrayList<>();
        for (NamedExtern imported : component.imports()) {
            Optional<HostDefinition> definition = find(root, imported.name());
            if (definition.isEmpty()) {
                Optional<RtItem> implicit = needingNothing(imported.name(), imported.type());
                if (implicit.isPresent()) {
                    resolved.put(imported.name(), implicit.get());
                } else {
                    problems.add("missing import `" + imported.name() + "`: the host defines no such "
                            + kindOf(imported.type()));
                }
                continue;
            }
            try {
                resolved.put(imported.name(), item(imported.name(), imported.type(), definition.get(), bound));
            } catch (LinkException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new LinkException(problems);
        }
        return resolved;
    }

    /**
     * What an import the host does not define resolves to when it needs nothing from the host (as in Wasmtime's
     * linker): a type import with an {@code eq} bound (only a name for a type the component already has), and an
     * instance whose exports all need nothing, recursively (so empty instances need no definition). Functions,
     * modules, components, values and fresh resource types do need one: empty then.
     */
    private static Optional<RtItem> needingNothing(String path, ExternType type) {
        return switch (type) {
            case TypeExtern t when t.bound() instanceof TypeBound.Eq eq -> Optional.of(new RtItem.Type(eq.type()));
            case InstanceType instance -> {
                Map<String, RtItem> exports = new LinkedHashMap<>();
                for (NamedExtern member : instance.exports()) {
                    Optional<RtItem> item = needingNothing(path + "#" + member.name(), member.type());
                    if (item.isEmpty()) {
                        yield Optional.empty();
                    }
                    exports.put(member.name(), item.get());
                }
                yield Optional.of(new RtItem.Instance(path, exports));
            }
            default -> Optional.empty();
        };
    }

    /** Finds {@code name} exactly, or a definition of the same interface at a semver-compatible version. */
    static Optional<HostDefinition> find(HostDefinition.Instance scope, String name) {
        return VersionedName.lookup(scope.members(), name);
    }

    /**
     * {@code bound} maps each abstract resource type imported so far to the host's resource type that satisfies it,
     * so that a later {@code (eq ...)} import of it can be checked.
     */
    private static RtItem item(String path, ExternType expected, HostDefinition definition,
                               Map<ResourceType, ResourceType> bound) throws LinkException {
        if (definition instanceof HostDefinition.Existing existing) {
            return existing(path, expected, existing.item());
        }
        return switch (expected) {
            case FuncType type -> function(path, type, definition);
            case InstanceType type -> instance(path, type, definition, bound);
            case TypeExtern type -> type(path, type, definition, bound);
            case ComponentType c -> throw new LinkException("import `" + path
                    + "` expects a component; the host cannot provide components");
            case CoreModuleType m -> {
                if (!(definition instanceof HostDefinition.Module module)) {
                    throw new LinkException("import `" + path + "` expects a core module, but the host defines "
                            + describe(definition));
                }
                HostModules.check(path, m, module.module());
                yield new RtItem.Module(module.module());
            }
            case ValueExtern v -> throw new LinkException("import `" + path
                    + "` expects a value; the host cannot provide values");
        };
    }

    private static RtItem function(String path, FuncType type, HostDefinition definition) throws LinkException {
        if (!(definition instanceof HostDefinition.Function function)) {
            throw new LinkException("import `" + path + "` expects a function `" + TypePrinter.func(type)
                    + "`, but the host defines " + describe(definition));
        }
        if (function.declaredType().isPresent() && !function.declaredType().get().equals(type)) {
            throw new LinkException("import `" + path + "` has type `" + TypePrinter.func(type)
                    + "`, but the host function has type `" + TypePrinter.func(function.declaredType().get()) + "`");
        }
        return new HostFunc(type, function.implementation());
    }

    private static RtItem instance(String path, InstanceType type, HostDefinition definition,
                                   Map<ResourceType, ResourceType> bound) throws LinkException {
        if (!(definition instanceof HostDefinition.Instance instance)) {
            throw new LinkException("import `" + path + "` expects an instance, but the host defines "
                    + describe(definition));
        }
        Map<String, RtItem> exports = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (NamedExtern member : type.exports()) {
            String memberPath = path + "#" + member.name();
            Optional<HostDefinition> found = Optional.ofNullable(instance.members().get(member.name()));
            Optional<RtItem> implicit = found.isEmpty() ? needingNothing(memberPath, member.type()) : Optional.empty();
            if (implicit.isPresent()) {
                exports.put(member.name(), implicit.get());
                continue;
            }
            if (found.isEmpty()) {
                problems.add("import `" + memberPath + "` (" + kindOf(member.type()) + ") is not defined by the host");
                continue;
            }
            try {
                exports.put(member.name(), item(memberPath, member.type(), found.get(), bound));
            } catch (LinkException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new LinkException(problems);
        }
        return new RtItem.Instance(path, exports);
    }

    private static RtItem type(String path, TypeExtern type, HostDefinition definition,
                               Map<ResourceType, ResourceType> bound) throws LinkException {
        return switch (type.bound()) {
            case TypeBound.Eq eq -> {
                // a definition given for an (eq R) import of a resource must be that very resource (as Wasmtime)
                if (eq.type() instanceof ResourceType r && definition instanceof HostDefinition.Resource given
                        && given.type() != bound.getOrDefault(r, r)) {
                    throw new LinkException("import `" + path + "`: mismatched resource types: the import is (eq "
                            + "of) an earlier resource, but the host defines another resource type `"
                            + given.type().displayName() + "`");
                }
                yield new RtItem.Type(eq.type());
            }
            case TypeBound.SubResource sub -> {
                if (!(definition instanceof HostDefinition.Resource resource)) {
                    throw new LinkException("import `" + path + "` expects a resource type, but the host defines "
                            + describe(definition));
                }
                bound.put(sub.resource(), resource.type());
                yield new RtItem.Type(resource.type());
            }
        };
    }

    /** An item of another instance: the kind must match and a function's type must be a subtype. */
    private static RtItem existing(String path, ExternType expected, RtItem item) throws LinkException {
        boolean matches = switch (expected) {
            case FuncType type -> item instanceof RtFunc f && f.type().equals(type);
            case InstanceType type -> item instanceof RtItem.Instance instance
                    && type.exports().stream().allMatch(e -> instance.exports().containsKey(e.name()));
            case TypeExtern type -> item instanceof RtItem.Type;
            case ComponentType type -> false; // no instance exports a component definition at run time
            case CoreModuleType type -> item instanceof RtItem.Module;
            case ValueExtern type -> item instanceof RtItem.Value;
        };
        if (!matches) {
            throw new LinkException("import `" + path + "` expects " + kindOf(expected)
                    + ", but the provided item does not match");
        }
        if (expected instanceof InstanceType type && item instanceof RtItem.Instance instance) {
            Map<String, RtItem> exports = new LinkedHashMap<>();
            for (NamedExtern member : type.exports()) {
                exports.put(member.name(), existing(path + "#" + member.name(), member.type(),
                        instance.exports().get(member.name())));
            }
            return new RtItem.Instance(instance.name(), exports);
        }
        return item;
    }

    private static String kindOf(ExternType type) {
        return switch (type) {
            case FuncType f -> "function `" + TypePrinter.func(f) + "`";
            case InstanceType i -> "instance";
            case TypeExtern t -> "type";
            case ComponentType c -> "component";
            case CoreModuleType m -> "core module";
            case ValueExtern v -> "value";
        };
    }

    private static String describe(HostDefinition definition) {
        return switch (definition) {
            case HostDefinition.Function f -> "a function";
            case HostDefinition.Instance i -> "an instance";
            case HostDefinition.Resource r -> "a resource type";
            case HostDefinition.Existing e -> "an item of another instance";
            case HostDefinition.Module m -> "a core module";
        };
    }

    /** A host function seen as a component function of the import's type. */
    private record HostFunc(FuncType type, dev.weft.runtime.abi.HostFunction implementation) implements RtFunc {
        @Override
        public List<Val> call(InstanceState caller, List<Val> args) throws Trap {
            return implementation.call(args);
        }

        /** The host's implementation: a host function does not depend on which instance calls it. */
        @Override
        public dev.weft.runtime.abi.HostFunction calledFrom(InstanceState caller) {
            return implementation;
        }
    }
}
