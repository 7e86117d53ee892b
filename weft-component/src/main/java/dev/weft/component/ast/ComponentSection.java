package dev.weft.component.ast;

/**
 * Section 4: a nested component definition. {@code offset} equals {@code component.offset()}.
 */
public record ComponentSection(Component component, long offset) implements Section {
    @Override
    public int id() {
        return 4;
    }
}
