package dev.weft.component.binary;

import dev.weft.component.ast.Export;
import dev.weft.component.ast.ExternName;
import dev.weft.component.ast.ExternType;
import dev.weft.component.ast.Import;
import dev.weft.component.ast.SortIndex;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads section 10 ({@code import}) and section 11 ({@code export}) items. */
final class ImportExportReader {
    private ImportExportReader() {}

    static List<Import> readImports(BinaryReader r) throws DecodeException {
        int count = r.readCount("import");
        List<Import> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long at = r.offset();
            out.add(new Import(ExternReader.readName(r), ExternReader.readExternType(r), at));
        }
        return out;
    }

    static List<Export> readExports(BinaryReader r) throws DecodeException {
        int count = r.readCount("export");
        List<Export> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long at = r.offset();
            ExternName name = ExternReader.readName(r);
            SortIndex target = SortReader.readSortIndex(r);
            int has = r.readU8();
            Optional<ExternType> type = switch (has) {
                case 0x00 -> Optional.empty();
                case 0x01 -> Optional.of(ExternReader.readExternType(r));
                default -> throw r.invalidLeadingByte(has, "optional component export type");
            };
            out.add(new Export(name, target, type, at));
        }
        return out;
    }
}
