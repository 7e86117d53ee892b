package dev.weft.component.ast;

import java.util.List;

/**
 * Section 9 (🪙 value imports/exports): {@code start ::= f:funcidx arg*:vec(valueidx) r:u32}.
 *
 * @param funcIndex   the function to call
 * @param args        value indices passed as arguments
 * @param resultCount number of results appended to the value index space
 */
public record StartSection(long funcIndex, List<Long> args, long resultCount, long offset) implements Section {
    public StartSection {
        args = List.copyOf(args);
    }

    @Override
    public int id() {
        return 9;
    }
}
