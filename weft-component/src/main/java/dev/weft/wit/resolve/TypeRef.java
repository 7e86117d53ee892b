package dev.weft.wit.resolve;

/** A named type: the definition called {@code name} in {@code owner}. */
public record TypeRef(TypeOwner owner, String name) {
    @Override
    public String toString() {
        return owner + "." + name;
    }
}
