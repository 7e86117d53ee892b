package dev.weft.component.validate;

import dev.weft.component.ast.ExternName;
import dev.weft.component.ast.NameAttribute;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.InstanceType;
import dev.weft.error.ValidationException;

import java.util.Optional;

/** Small conversions shared by the places that declare imports and exports. */
final class Externs {
    private Externs() {
    }

    /**
     * The type an imported (or type-declared) item gets: an instance type's abstract {@code (sub resource)} exports
     * become fresh resource types, so two imports of the same instance type do not share resources.
     */
    static ExternType forImport(ExternType type) {
        if (type instanceof InstanceType i) {
            return new ResourceMapping().freshen(i);
        }
        return type;
    }

    /** Collects the attributes of a name, rejecting a kind given twice (Binary.md). */
    static NameAttributes attributes(ExternName name, long offset) throws ValidationException {
        Optional<String> implementsName = Optional.empty();
        Optional<String> versionSuffix = Optional.empty();
        Optional<String> externalId = Optional.empty();
        for (NameAttribute a : name.attributes()) {
            switch (a) {
                case NameAttribute.Implements i -> {
                    if (implementsName.isPresent()) {
                        throw new ValidationException("duplicate 'implements' option in name `" + name.name() + "`",
                                offset);
                    }
                    implementsName = Optional.of(i.interfaceName());
                }
                case NameAttribute.VersionSuffix v -> {
                    if (versionSuffix.isPresent()) {
                        throw new ValidationException("duplicate 'versionsuffix' option in name `" + name.name() + "`",
                                offset);
                    }
                    versionSuffix = Optional.of(v.suffix());
                }
                case NameAttribute.ExternalId e -> {
                    if (externalId.isPresent()) {
                        throw new ValidationException("duplicate 'external-id' option in name `" + name.name() + "`",
                                offset);
                    }
                    externalId = Optional.of(e.id());
                }
            }
        }
        return new NameAttributes(implementsName, versionSuffix, externalId);
    }
}
