package dev.weft.component.ast;

import java.util.List;

/**
 * {@code nameattributes}: an import/export name plus its attributes, decoded as UTF-8 but not checked against the
 * {@code externname} grammar (kebab names, {@code [method]r.f}, {@code ns:pkg/iface@1.2.3} …): that is validation.
 *
 * @param name        the {@code externname} string
 * @param encoding    the leading byte: {@code 0x00} or (legacy) {@code 0x01} plain, {@code 0x02} with attributes
 * @param attributes  the attributes in binary order (only for {@code 0x02}); duplicates are kept for the validator
 * @param offset      absolute offset of the leading byte
 */
public record ExternName(String name, int encoding, List<NameAttribute> attributes, long offset) {
    public ExternName {
        attributes = List.copyOf(attributes);
    }

    /** A plain name without attributes (encoding 0x00), as used when building expectations. */
    public static ExternName plain(String name, long offset) {
        return new ExternName(name, 0x00, List.of(), offset);
    }
}
