package dev.weft.component.validate;

import java.util.Optional;

/** The attributes of an import or export name (Binary.md {@code nameattributes}); ignored by type checking. */
public record NameAttributes(Optional<String> implementsName, Optional<String> versionSuffix,
        Optional<String> externalId) {

    public static final NameAttributes NONE = new NameAttributes(Optional.empty(), Optional.empty(), Optional.empty());
}
