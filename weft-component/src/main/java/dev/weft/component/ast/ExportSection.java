package dev.weft.component.ast;

import java.util.List;

/** Section 11: exports. */
public record ExportSection(List<Export> exports, long offset) implements Section {
    public ExportSection {
        exports = List.copyOf(exports);
    }

    @Override
    public int id() {
        return 11;
    }
}
