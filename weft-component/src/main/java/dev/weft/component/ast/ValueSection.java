package dev.weft.component.ast;

import java.util.List;

/** Section 12 (🪙): value definitions. */
public record ValueSection(List<ValueDef> values, long offset) implements Section {
    public ValueSection {
        values = List.copyOf(values);
    }

    @Override
    public int id() {
        return 12;
    }
}
