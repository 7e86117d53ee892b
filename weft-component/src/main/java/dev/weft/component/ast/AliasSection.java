package dev.weft.component.ast;

import java.util.List;

/** Section 6: alias definitions. */
public record AliasSection(List<Alias> aliases, long offset) implements Section {
    public AliasSection {
        aliases = List.copyOf(aliases);
    }

    @Override
    public int id() {
        return 6;
    }
}
