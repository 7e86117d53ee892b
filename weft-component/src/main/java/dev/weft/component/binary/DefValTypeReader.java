package dev.weft.component.binary;

import dev.weft.component.ast.ComponentValType;
import dev.weft.component.ast.DefValType;
import dev.weft.component.ast.NamedValType;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code defvaltype} after its leading byte. */
final class DefValTypeReader {
    private DefValTypeReader() {}

    /** Decodes the defined value type introduced by {@code b} (already consumed). */
    static DefValType read(int b, BinaryReader r) throws DecodeException {
        var prim = ExternReader.primitive(b);
        if (prim.isPresent()) {
            return new DefValType.Primitive(prim.get());
        }
        return switch (b) {
            case 0x72 -> new DefValType.RecordDef(readNamedValTypes(r, "record field"));
            case 0x71 -> {
                int count = r.readCount("variant case");
                List<DefValType.Case> cases = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String name = r.readString();
                    var type = ExternReader.readOptionalValType(r, "optional component value type");
                    int zero = r.readU8();
                    if (zero != 0x00) {
                        throw r.invalidLeadingByte(zero, "zero byte required");
                    }
                    cases.add(new DefValType.Case(name, type));
                }
                yield new DefValType.VariantDef(cases);
            }
            case 0x70 -> new DefValType.ListDef(ExternReader.readValType(r));
            case 0x67 -> new DefValType.FixedListDef(ExternReader.readValType(r), r.readVarU32());
            case 0x6f -> {
                int count = r.readCount("tuple type");
                List<ComponentValType> types = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    types.add(ExternReader.readValType(r));
                }
                yield new DefValType.TupleDef(types);
            }
            case 0x6e -> new DefValType.FlagsDef(readLabels(r, "flag name"));
            case 0x6d -> new DefValType.EnumDef(readLabels(r, "enum case"));
            case 0x6b -> new DefValType.OptionDef(ExternReader.readValType(r));
            case 0x6a -> new DefValType.ResultDef(
                    ExternReader.readOptionalValType(r, "optional component value type"),
                    ExternReader.readOptionalValType(r, "optional component value type"));
            case 0x69 -> new DefValType.OwnDef(r.readVarU32());
            case 0x68 -> new DefValType.BorrowDef(r.readVarU32());
            case 0x66 -> new DefValType.StreamDef(
                    ExternReader.readOptionalValType(r, "optional component value type"));
            case 0x65 -> new DefValType.FutureDef(
                    ExternReader.readOptionalValType(r, "optional component value type"));
            case 0x63 -> new DefValType.MapDef(ExternReader.readValType(r), ExternReader.readValType(r));
            default -> throw r.invalidLeadingByte(b, "component defined type");
        };
    }

    /** {@code vec(labelvaltype)}. */
    static List<NamedValType> readNamedValTypes(BinaryReader r, String what) throws DecodeException {
        int count = r.readCount(what);
        List<NamedValType> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new NamedValType(r.readString(), ExternReader.readValType(r)));
        }
        return out;
    }

    private static List<String> readLabels(BinaryReader r, String what) throws DecodeException {
        int count = r.readCount(what);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(r.readString());
        }
        return out;
    }
}
