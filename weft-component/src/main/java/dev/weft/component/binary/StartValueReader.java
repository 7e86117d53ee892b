package dev.weft.component.binary;

import dev.weft.component.ast.ComponentValType;
import dev.weft.component.ast.StartSection;
import dev.weft.component.ast.ValueDef;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;

/** Reads the 🪙 sections: 9 ({@code start}) and 12 ({@code value}). */
final class StartValueReader {
    private StartValueReader() {}

    static StartSection readStart(BinaryReader r) throws DecodeException {
        long at = r.offset();
        long func = r.readVarU32();
        int count = r.readCount("start function argument");
        List<Long> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(r.readVarU32());
        }
        return new StartSection(func, args, r.readVarU32(), at);
    }

    static List<ValueDef> readValues(BinaryReader r) throws DecodeException {
        int count = r.readCount("value");
        List<ValueDef> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long at = r.offset();
            ComponentValType type = ExternReader.readValType(r);
            int length = r.readCount("value byte");
            long encodedAt = r.offset();
            out.add(new ValueDef(type, r.readBytes(length), encodedAt, at));
        }
        return out;
    }
}
