package dev.weft.component.binary;

import dev.weft.component.ast.AliasSection;
import dev.weft.component.ast.CanonSection;
import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.CoreInstanceSection;
import dev.weft.component.ast.CoreTypeSection;
import dev.weft.component.ast.ExportSection;
import dev.weft.component.ast.ImportSection;
import dev.weft.component.ast.InstanceSection;
import dev.weft.component.ast.Section;
import dev.weft.component.ast.TypeSection;
import dev.weft.component.ast.ValueSection;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;

/** Reads one component (preamble and sections) from a reader window, recursing into nested components. */
final class ComponentReader {
    private final boolean checkCoreModules;

    ComponentReader(boolean checkCoreModules) {
        this.checkCoreModules = checkCoreModules;
    }

    /** Reads a component that spans the whole window of {@code r}. */
    Component read(BinaryReader r) throws DecodeException {
        long start = r.offset();
        if (Preamble.read(r) != Preamble.COMPONENT) {
            throw new DecodeException("expected a version header for a component", start + 4);
        }
        List<Section> sections = new ArrayList<>();
        while (!r.atEnd()) {
            long at = r.offset();
            int id = r.readU8();
            if (id > 12) {
                throw new DecodeException("malformed section id: " + id, at);
            }
            BinaryReader contents = r.slice(r.readVarU32());
            sections.add(readSection(id, contents));
        }
        return new Component(sections, start, r.offset() - start);
    }

    private Section readSection(int id, BinaryReader r) throws DecodeException {
        long at = r.offset();
        Section section = switch (id) {
            case 0 -> CustomSectionReader.read(r);
            case 1 -> CoreModuleReader.read(r, checkCoreModules);
            case 2 -> new CoreInstanceSection(InstanceReader.readCoreSection(r), at);
            case 3 -> new CoreTypeSection(CoreTypeReader.readSection(r), at);
            case 4 -> readNested(r);
            case 5 -> new InstanceSection(InstanceReader.readSection(r), at);
            case 6 -> new AliasSection(AliasReader.readSection(r), at);
            case 7 -> new TypeSection(TypeReader.readSection(r), at);
            case 8 -> new CanonSection(CanonReader.readSection(r), at);
            case 9 -> StartValueReader.readStart(r);
            case 10 -> new ImportSection(ImportExportReader.readImports(r), at);
            case 11 -> new ExportSection(ImportExportReader.readExports(r), at);
            case 12 -> new ValueSection(StartValueReader.readValues(r), at);
            default -> throw new DecodeException("malformed section id: " + id, at);
        };
        r.expectEnd("section " + id);
        return section;
    }

    private ComponentSection readNested(BinaryReader r) throws DecodeException {
        r.enter("component");
        Component nested = read(r);
        r.exit();
        return new ComponentSection(nested, nested.offset());
    }
}
