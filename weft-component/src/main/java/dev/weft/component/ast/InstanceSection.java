package dev.weft.component.ast;

import java.util.List;

/** Section 5: component instance definitions. */
public record InstanceSection(List<Instance> instances, long offset) implements Section {
    public InstanceSection {
        instances = List.copyOf(instances);
    }

    @Override
    public int id() {
        return 5;
    }
}
