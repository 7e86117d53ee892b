package dev.weft.component.ast;

import java.util.List;

/**
 * A decoded component ({@code component ::= preamble section*}): its sections in binary order. Nested components
 * (section 4) are themselves {@code Component}s inside a {@link ComponentSection}.
 *
 * @param sections the sections in the order they appear, custom sections included
 * @param offset   absolute offset of the preamble ({@code \0asm})
 * @param size     number of bytes of this component, preamble included
 */
public record Component(List<Section> sections, long offset, long size) {
    public Component {
        sections = List.copyOf(sections);
    }
}
