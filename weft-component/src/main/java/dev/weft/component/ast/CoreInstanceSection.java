package dev.weft.component.ast;

import java.util.List;

/** Section 2: core instance definitions, each appending one core instance index. */
public record CoreInstanceSection(List<CoreInstance> instances, long offset) implements Section {
    public CoreInstanceSection {
        instances = List.copyOf(instances);
    }

    @Override
    public int id() {
        return 2;
    }
}
