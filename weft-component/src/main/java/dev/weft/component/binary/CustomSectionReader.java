package dev.weft.component.binary;

import dev.weft.component.ast.ComponentNames;
import dev.weft.component.ast.CustomSection;
import dev.weft.component.ast.Sort;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads section 0 (custom). The name must be valid UTF-8; the payload is kept as bytes. A {@code component-name}
 * section is additionally decoded into {@link ComponentNames}; if that fails the section is kept undecoded, since
 * the spec says an invalid name section must not make a component malformed.
 */
final class CustomSectionReader {
    static final String NAME_SECTION = "component-name";

    private CustomSectionReader() {}

    static CustomSection read(BinaryReader r) throws DecodeException {
        long at = r.offset();
        String name = r.readString();
        long dataAt = r.offset();
        byte[] data = r.readBytes(r.remaining());
        Optional<ComponentNames> names = Optional.empty();
        if (name.equals(NAME_SECTION)) {
            names = tryNames(new BinaryReader(data));
        }
        return new CustomSection(name, data, dataAt, names, at);
    }

    private static Optional<ComponentNames> tryNames(BinaryReader r) {
        try {
            return Optional.of(readNames(r));
        } catch (DecodeException e) {
            return Optional.empty();
        }
    }

    private static ComponentNames readNames(BinaryReader r) throws DecodeException {
        Optional<String> componentName = Optional.empty();
        List<ComponentNames.SortNames> sortNames = new ArrayList<>();
        while (!r.atEnd()) {
            int id = r.readU8();
            BinaryReader sub = r.slice(r.readVarU32());
            switch (id) {
                case 0 -> {
                    componentName = Optional.of(sub.readString());
                    sub.expectEnd("the component name subsection");
                }
                case 1 -> readSortNames(sub).ifPresent(sortNames::add);
                default -> { } // unknown subsection: skipped
            }
        }
        return new ComponentNames(componentName, sortNames);
    }

    private static Optional<ComponentNames.SortNames> readSortNames(BinaryReader r) throws DecodeException {
        Sort sort;
        try {
            sort = SortReader.readAnySort(r);
        } catch (DecodeException unknownSort) {
            return Optional.empty();
        }
        int count = r.readCount("name map entry");
        List<ComponentNames.NameAssoc> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(new ComponentNames.NameAssoc(r.readVarU32(), r.readString()));
        }
        r.expectEnd("a sort name subsection");
        return Optional.of(new ComponentNames.SortNames(sort, names));
    }
}
