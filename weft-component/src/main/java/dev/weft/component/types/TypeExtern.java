package dev.weft.component.types;

/** A {@code (type <typebound>)} import or export. */
public record TypeExtern(TypeBound bound) implements ExternType {

    /** The type that the import or export denotes: the bound type, or the abstract resource it introduces. */
    public TypeDefinition definition() {
        return switch (bound) {
            case TypeBound.Eq eq -> eq.type();
            case TypeBound.SubResource sub -> sub.resource();
        };
    }
}
