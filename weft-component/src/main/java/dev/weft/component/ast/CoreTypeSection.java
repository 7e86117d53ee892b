package dev.weft.component.ast;

import java.util.List;

/** Section 3: core type definitions (rec groups and module types). */
public record CoreTypeSection(List<CoreType> types, long offset) implements Section {
    public CoreTypeSection {
        types = List.copyOf(types);
    }

    @Override
    public int id() {
        return 3;
    }
}
