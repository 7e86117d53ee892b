package dev.weft.component.binary;

import dev.weft.component.ast.CoreInstance;
import dev.weft.component.ast.Instance;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;

/** Reads section 2 ({@code core:instance}) and section 5 ({@code instance}) items. */
final class InstanceReader {
    private InstanceReader() {}

    /** Section 2 contents. */
    static List<CoreInstance> readCoreSection(BinaryReader r) throws DecodeException {
        int count = r.readCount("core instance");
        List<CoreInstance> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(readCoreInstance(r));
        }
        return out;
    }

    private static CoreInstance readCoreInstance(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> {
                long module = r.readVarU32();
                int count = r.readCount("core instantiation argument");
                List<CoreInstance.Arg> args = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String name = r.readString();
                    int kind = r.readU8();
                    if (kind != 0x12) {
                        throw r.invalidLeadingByte(kind, "instantiation arg kind");
                    }
                    args.add(new CoreInstance.Arg(name, r.readVarU32()));
                }
                yield new CoreInstance.Instantiate(module, args, at);
            }
            case 0x01 -> {
                int count = r.readCount("core instance export");
                List<CoreInstance.Export> exports = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    exports.add(new CoreInstance.Export(r.readString(), SortReader.readCoreSortIndex(r)));
                }
                yield new CoreInstance.FromExports(exports, at);
            }
            default -> throw r.invalidLeadingByte(b, "core instance");
        };
    }

    /** Section 5 contents. */
    static List<Instance> readSection(BinaryReader r) throws DecodeException {
        int count = r.readCount("instance");
        List<Instance> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(readInstance(r));
        }
        return out;
    }

    private static Instance readInstance(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> {
                long component = r.readVarU32();
                int count = r.readCount("instantiation argument");
                List<Instance.Arg> args = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    args.add(new Instance.Arg(r.readString(), SortReader.readSortIndex(r)));
                }
                yield new Instance.Instantiate(component, args, at);
            }
            case 0x01 -> {
                int count = r.readCount("instantiation export");
                List<Instance.Export> exports = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    exports.add(new Instance.Export(ExternReader.readName(r), SortReader.readSortIndex(r)));
                }
                yield new Instance.FromExports(exports, at);
            }
            default -> throw r.invalidLeadingByte(b, "instance");
        };
    }
}
