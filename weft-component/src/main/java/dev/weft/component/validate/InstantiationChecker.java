package dev.weft.component.validate;

import dev.weft.component.ast.CoreInstance;
import dev.weft.component.ast.Instance;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreExternType;
import dev.weft.component.types.CoreInstanceType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeExtern;
import dev.weft.error.ValidationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Type-checks core and component instance definitions (Explainer.md "Instance Definitions"). */
final class InstantiationChecker {
    private InstantiationChecker() {
    }

    static CoreInstanceType core(CoreInstance instance, Scope scope) throws ValidationException {
        return switch (instance) {
            case CoreInstance.Instantiate i -> {
                CoreModuleType module = scope.coreModules.get(i.moduleIndex(), i.offset());
                Map<String, CoreInstanceType> args = new HashMap<>();
                for (CoreInstance.Arg arg : i.args()) {
                    if (args.put(arg.name(), scope.coreInstances.get(arg.instanceIndex(), i.offset())) != null) {
                        throw new ValidationException("duplicate module instantiation argument named `"
                                + arg.name() + "`", i.offset());
                    }
                }
                Subtyping sub = Subtyping.at(i.offset());
                for (CoreModuleType.Import imp : module.imports()) {
                    CoreInstanceType arg = args.get(imp.module());
                    if (arg == null) {
                        throw new ValidationException("missing module instantiation argument named `"
                                + imp.module() + "` for module " + i.moduleIndex(), i.offset());
                    }
                    CoreExternType actual = arg.export(imp.name()).orElseThrow(() -> new ValidationException(
                            "module instantiation argument `" + imp.module() + "` does not export an item named `"
                                    + imp.name() + "`", i.offset()));
                    sub.checkCore(actual, imp.type(), "type mismatch for export `" + imp.name()
                            + "` of module instantiation argument `" + imp.module() + "`");
                }
                yield new CoreInstanceType(module.exports());
            }
            case CoreInstance.FromExports e -> {
                Map<String, CoreModuleType.Export> exports = new LinkedHashMap<>();
                for (CoreInstance.Export export : e.exports()) {
                    CoreExternType t = Sorts.coreExternOf(export.target(), scope, e.offset());
                    if (exports.put(export.name(), new CoreModuleType.Export(export.name(), t)) != null) {
                        throw new ValidationException("export name `" + export.name() + "` already defined",
                                e.offset());
                    }
                }
                yield new CoreInstanceType(new ArrayList<>(exports.values()));
            }
        };
    }

    static InstanceType component(Instance instance, Scope scope) throws ValidationException {
        return switch (instance) {
            case Instance.Instantiate i -> instantiate(i, scope);
            case Instance.FromExports e -> {
                NameScope names = new NameScope(NameScope.Kind.EXPORT, false);
                List<NamedExtern> exports = new ArrayList<>();
                for (Instance.Export export : e.exports()) {
                    ExternType t = Sorts.externOf(export.target(), scope, e.offset());
                    names.add(export.name().name(), Externs.attributes(export.name(), e.offset()), t, e.offset());
                    exports.add(new NamedExtern(export.name().name(), t));
                }
                yield new InstanceType(exports);
            }
        };
    }

    private static InstanceType instantiate(Instance.Instantiate i, Scope scope) throws ValidationException {
        ComponentType component = scope.components.get(i.componentIndex(), i.offset());
        Map<String, ExternType> args = new HashMap<>();
        for (Instance.Arg arg : i.args()) {
            ExternType t = Sorts.externOf(arg.target(), scope, i.offset());
            if (args.put(arg.name(), t) != null) {
                throw new ValidationException("instantiation argument `" + arg.name()
                        + "` conflicts with previous argument `" + arg.name() + "`", i.offset());
            }
        }
        Subtyping sub = Subtyping.at(i.offset());
        for (NamedExtern imp : component.imports()) {
            ExternType actual = args.get(imp.name());
            if (actual == null) {
                throw new ValidationException("missing import named `" + imp.name() + "` when instantiating component "
                        + i.componentIndex(), i.offset());
            }
            sub.check(actual, imp.type(), "type mismatch in import `" + imp.name() + "`");
        }
        ResourceMapping mapping = sub.mapping();
        for (NamedExtern export : component.exports()) {
            freshenExports(export.type(), mapping);
        }
        List<NamedExtern> exports = new ArrayList<>();
        for (NamedExtern export : component.exports()) {
            exports.add(new NamedExtern(export.name(), mapping.apply(export.type())));
        }
        return new InstanceType(exports);
    }

    private static void freshenExports(ExternType type, ResourceMapping mapping) {
        if (type instanceof TypeExtern te && te.bound() instanceof TypeBound.SubResource s) {
            mapping.put(s.resource(), s.resource().freshCopy());
        } else if (type instanceof InstanceType inst) {
            for (NamedExtern e : inst.exports()) {
                freshenExports(e.type(), mapping);
            }
        }
    }
}
