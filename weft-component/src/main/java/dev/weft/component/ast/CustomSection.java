package dev.weft.component.ast;

import java.util.Optional;

/**
 * Section 0: a custom section. If its name is {@code component-name} and its contents decode as a component name
 * section, {@link #componentNames()} holds them; a malformed name section is kept only as bytes (the spec says
 * engines must not reject components for it).
 *
 * @param name           the custom section's name
 * @param data           the bytes after the name (the record's own array, handed out without a copy: do not modify)
 * @param dataOffset     absolute offset of {@code data[0]}
 * @param componentNames the decoded {@code component-name} section, if this is one and it is well-formed
 * @param offset         absolute offset of the section contents (the name's length byte)
 */
public record CustomSection(String name, byte[] data, long dataOffset, Optional<ComponentNames> componentNames,
        long offset) implements Section {
    @Override
    public int id() {
        return 0;
    }
}
