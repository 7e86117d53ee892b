package dev.weft.component.ast;

import java.util.List;

/** Section 7: component type definitions. */
public record TypeSection(List<TypeDef> types, long offset) implements Section {
    public TypeSection {
        types = List.copyOf(types);
    }

    @Override
    public int id() {
        return 7;
    }
}
