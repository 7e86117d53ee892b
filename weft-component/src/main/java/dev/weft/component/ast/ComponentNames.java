package dev.weft.component.ast;

import java.util.List;
import java.util.Optional;

/**
 * The decoded {@code component-name} custom section ({@code namedata} of Binary.md "Name Section").
 * Subsections with an unknown id or an unknown sort are skipped.
 *
 * @param componentName the name of the component itself (subsection 0), if present
 * @param sortNames     one entry per sort-name subsection (subsection 1), in order
 */
public record ComponentNames(Optional<String> componentName, List<SortNames> sortNames) {
    public ComponentNames {
        sortNames = List.copyOf(sortNames);
    }

    /** {@code sortnames ::= sort namemap}: names of the items of one index space. */
    public record SortNames(Sort sort, List<NameAssoc> names) {
        public SortNames {
            names = List.copyOf(names);
        }
    }

    /** {@code nameassoc ::= idx name}. */
    public record NameAssoc(long index, String name) {}
}
