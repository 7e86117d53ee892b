package dev.weft.component.validate;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueType;
import dev.weft.error.ValidationException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The names of one kind (imports or exports) of one component, component type, instance type or instance bag:
 * checks the name grammar, strong uniqueness, attributes, and the {@code [constructor]}/{@code [method]}/
 * {@code [static]} annotation rules against the resources named earlier in the same scope (Binary.md
 * "Import and Export Definitions").
 */
public final class NameScope {
    /** Whether the names are import names or export names; used in messages. */
    public enum Kind {
        IMPORT("import"), EXPORT("export");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    private final Kind kind;
    private final Map<String, String> canonicalToRaw = new HashMap<>();
    private final Map<ResourceType, String> resourceNames = new IdentityHashMap<>();
    private final Set<String> allResourceNames = new HashSet<>();

    private final boolean namesResources;

    public NameScope(Kind kind) {
        this(kind, true);
    }

    /**
     * @param namesResources false for a bag of exports ({@code (instance (export ...))}): like wasmparser, its type
     *                       exports do not name resources for the annotated-name checks
     */
    public NameScope(Kind kind, boolean namesResources) {
        this.kind = kind;
        this.namesResources = namesResources;
    }

    /** Checks and records one name with its resolved type. */
    public ExternName add(String name, NameAttributes attributes, ExternType type, long offset)
            throws ValidationException {
        ExternName parsed = parse(name, offset);
        checkAttributes(parsed, attributes, type, offset);
        checkAnnotation(parsed, type, offset);
        String previous = canonicalToRaw.putIfAbsent(parsed.uniquenessKey(), name);
        if (previous != null) {
            throw new ValidationException(kind + " name `" + name + "` conflicts with previous name `" + previous
                    + "`", offset);
        }
        if (namesResources && type instanceof TypeExtern te && te.definition() instanceof ResourceType r) {
            resourceNames.putIfAbsent(r, name);
            allResourceNames.add(name);
        }
        return parsed;
    }

    private ExternName parse(String name, long offset) throws ValidationException {
        try {
            return ExternNameParser.parse(name);
        } catch (ExternNameParser.NameSyntaxException e) {
            throw new ValidationException(kind + " name `" + name + "` is not a valid extern name: "
                    + e.getMessage(), offset);
        }
    }

    private void checkAttributes(ExternName name, NameAttributes attributes, ExternType type, long offset)
            throws ValidationException {
        if (attributes.implementsName().isPresent()) {
            String implemented = attributes.implementsName().get();
            if (!(name instanceof ExternName.Label)) {
                throw new ValidationException("name `" + name.raw() + "` is not valid with `implements`", offset);
            }
            if (!(type instanceof InstanceType)) {
                throw new ValidationException("only instances can have an `implements` (" + kind + " `"
                        + name.raw() + "`)", offset);
            }
            ExternName parsed;
            try {
                parsed = ExternNameParser.parse(implemented);
            } catch (ExternNameParser.NameSyntaxException e) {
                throw new ValidationException("`" + implemented + "` is not a valid name: " + e.getMessage(), offset);
            }
            if (!(parsed instanceof ExternName.Interface)) {
                throw new ValidationException("name `" + implemented + "` must be an interface", offset);
            }
        }
        if (attributes.versionSuffix().isPresent()) {
            checkVersionSuffix(name, attributes.versionSuffix().get(), type, offset);
        }
    }

    private void checkVersionSuffix(ExternName name, String suffix, ExternType type, long offset)
            throws ValidationException {
        if (!(type instanceof InstanceType)) {
            throw new ValidationException("only instances can have an `versionsuffix` (" + kind + " `"
                    + name.raw() + "`)", offset);
        }
        if (!(name instanceof ExternName.Interface iface) || iface.version().isEmpty()) {
            throw new ValidationException("a `versionsuffix` requires an interface name with a version, not `"
                    + name.raw() + "`", offset);
        }
        try {
            Semver.check(iface.version().get() + suffix);
        } catch (ExternNameParser.NameSyntaxException e) {
            throw new ValidationException("invalid interface version: " + e.getMessage(), offset);
        }
    }

    private void checkAnnotation(ExternName name, ExternType type, long offset) throws ValidationException {
        switch (name) {
            case ExternName.Label l -> {
            }
            case ExternName.Interface i -> {
            }
            case ExternName.Constructor c -> checkConstructor(c, func(name, type, offset), offset);
            case ExternName.Method m -> checkMethod(m, func(name, type, offset), offset);
            case ExternName.Static s -> {
                func(name, type, offset);
                if (!allResourceNames.contains(s.resource())) {
                    throw new ValidationException("static resource name is not known in this context: `"
                            + name.raw() + "`", offset);
                }
            }
        }
    }

    private FuncType func(ExternName name, ExternType type, long offset) throws ValidationException {
        if (type instanceof FuncType f) {
            return f;
        }
        throw new ValidationException(kind + " name `" + name.raw() + "` is not valid: item is not a func", offset);
    }

    private void checkConstructor(ExternName.Constructor c, FuncType f, long offset) throws ValidationException {
        if (f.async()) {
            throw new ValidationException("constructor function cannot be async: `" + c.raw() + "`", offset);
        }
        if (f.result().isEmpty()) {
            throw new ValidationException("function should return one value: `" + c.raw() + "`", offset);
        }
        ResourceType resource = switch (f.result().get()) {
            case OwnType own -> own.resource();
            case ResultType(var ok, var err) when ok.isPresent() && ok.get() instanceof OwnType own -> own.resource();
            default -> throw new ValidationException(
                    "function should return `(own $T)` or `(result (own $T))`: `" + c.raw() + "`", offset);
        };
        checkResourceName(resource, c.resource(), offset);
    }

    private void checkMethod(ExternName.Method m, FuncType f, long offset) throws ValidationException {
        if (f.params().isEmpty()) {
            throw new ValidationException("function should have at least one argument: `" + m.raw() + "`", offset);
        }
        FuncType.Param first = f.params().get(0);
        if (!first.name().equals("self")) {
            throw new ValidationException("function should have a first argument called `self`: `" + m.raw()
                    + "`", offset);
        }
        ValueType selfType = first.type();
        if (!(selfType instanceof BorrowType borrow)) {
            throw new ValidationException("function should take a first argument of `(borrow $T)`: `" + m.raw()
                    + "`", offset);
        }
        checkResourceName(borrow.resource(), m.resource(), offset);
    }

    private void checkResourceName(ResourceType resource, String expected, long offset) throws ValidationException {
        String actual = resourceNames.get(resource);
        if (actual == null) {
            throw new ValidationException("resource used in function does not have a name in this context", offset);
        }
        if (!actual.equals(expected)) {
            throw new ValidationException("function does not match expected resource name `" + actual + "`",
                    offset);
        }
    }

}
