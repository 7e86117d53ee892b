package dev.weft.component.binary;

import dev.weft.component.ast.Alias;
import dev.weft.component.ast.Sort;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;

/** Reads section 6 ({@code alias}) items and alias declarators. */
final class AliasReader {
    private AliasReader() {}

    /** Section 6 contents. */
    static List<Alias> readSection(BinaryReader r) throws DecodeException {
        int count = r.readCount("alias");
        List<Alias> aliases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            aliases.add(readAlias(r));
        }
        return aliases;
    }

    /** {@code alias ::= sort 0x00 … | sort 0x01 … | sort 0x02 …}. */
    static Alias readAlias(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b1 = r.readU8();
        int b2 = b1 == 0x00 ? r.readU8() : -1;
        int target = r.readU8();
        return switch (target) {
            case 0x00 -> new Alias.InstanceExport(SortReader.externalKind(b1, b2, at), r.readVarU32(),
                    r.readString(), at);
            case 0x01 -> {
                if (b1 != 0x00) {
                    throw BinaryReader.invalidLeadingByte(b1, "core instance export kind", at);
                }
                Sort sort = Sort.ofCore(SortReader.coreExternalKind(b2, at + 1));
                yield new Alias.CoreInstanceExport(sort, r.readVarU32(), r.readString(), at);
            }
            case 0x02 -> new Alias.Outer(outerKind(b1, b2, at), r.readVarU32(), r.readVarU32(), at);
            default -> throw r.invalidLeadingByte(target, "alias");
        };
    }

    private static Sort outerKind(int b1, int b2, long at) throws DecodeException {
        return switch (b1) {
            case 0x00 -> switch (b2) {
                case 0x10 -> Sort.CORE_TYPE;
                case 0x11 -> Sort.CORE_MODULE;
                default -> throw BinaryReader.invalidLeadingByte(b2, "component outer alias kind", at + 1);
            };
            case 0x03 -> Sort.TYPE;
            case 0x04 -> Sort.COMPONENT;
            default -> throw BinaryReader.invalidLeadingByte(b1, "component outer alias kind", at);
        };
    }
}
