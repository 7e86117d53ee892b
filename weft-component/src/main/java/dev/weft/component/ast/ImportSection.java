package dev.weft.component.ast;

import java.util.List;

/** Section 10: imports. */
public record ImportSection(List<Import> imports, long offset) implements Section {
    public ImportSection {
        imports = List.copyOf(imports);
    }

    @Override
    public int id() {
        return 10;
    }
}
