package dev.weft.component.ast;

import java.util.List;

/** Section 8: canonical definitions ({@code canon lift} adds a func, everything else adds a core func). */
public record CanonSection(List<Canon> canons, long offset) implements Section {
    public CanonSection {
        canons = List.copyOf(canons);
    }

    @Override
    public int id() {
        return 8;
    }
}
