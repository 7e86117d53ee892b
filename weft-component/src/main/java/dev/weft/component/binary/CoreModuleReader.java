package dev.weft.component.binary;

import dev.weft.component.ast.CoreModuleSection;
import dev.weft.error.DecodeException;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import run.endive.wasm.Parser;

/**
 * Reads section 1: a complete core module, kept as raw bytes. Always checked here: the core preamble
 * ("expected a version header for a module"), the framing of every core section (ids, sizes that fit), their
 * order ("section out of order") and the UTF-8 of custom section names.
 *
 * <p>The contents of the core sections are NOT decoded by default: that is left to the validator/runtime, which
 * parse the module with Endive anyway. Reason: Endive 1.0.0's parser rejects some well-formed modules as
 * malformed (a function import with empty module and field names, {@code (import "" "" (func))}, which the
 * component-model tests use often; memory64 limits). When {@code checkWithEndive} is set the whole module is
 * additionally decoded with Endive's {@link Parser} (no validation) and any failure becomes a
 * {@link DecodeException} at the module's offset.
 */
final class CoreModuleReader {
    /** Core section ids in their required order (tag 13 after memory, data count 12 before code). */
    private static final int[] ORDER = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};

    private CoreModuleReader() {}

    static CoreModuleSection read(BinaryReader section, boolean checkWithEndive) throws DecodeException {
        long at = section.offset();
        BinaryReader r = section.slice(section.remaining());
        if (Preamble.read(r) != Preamble.CORE_MODULE) {
            throw new DecodeException("expected a version header for a module", at + 4);
        }
        checkSectionFraming(r);
        byte[] bytes = Arrays.copyOfRange(r.array(), (int) at, (int) r.offset());
        if (checkWithEndive) {
            parseWithEndive(bytes, at);
        }
        return new CoreModuleSection(bytes, at);
    }

    private static void checkSectionFraming(BinaryReader r) throws DecodeException {
        int lastRank = -1;
        while (!r.atEnd()) {
            long at = r.offset();
            int id = r.readU8();
            long size = r.readVarU32();
            BinaryReader contents = r.slice(size);
            if (id == 0) {
                contents.readString();
                continue;
            }
            int rank = rank(id);
            if (rank < 0) {
                throw new DecodeException("malformed section id: " + id, at);
            }
            if (rank <= lastRank) {
                throw new DecodeException("section out of order: core section id " + id, at);
            }
            lastRank = rank;
        }
    }

    private static int rank(int id) {
        for (int i = 0; i < ORDER.length; i++) {
            if (ORDER[i] == id) {
                return i;
            }
        }
        return -1;
    }

    private static void parseWithEndive(byte[] bytes, long at) throws DecodeException {
        try {
            Parser.builder().withValidation(false).build()
                    .parse(new ByteArrayInputStream(bytes), section -> { });
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            // Endive reports malformed input as MalformedException, but some corrupt inputs surface as other
            // runtime exceptions or (with -ea) as assertion failures inside its parser: all mean "malformed"
            throw new DecodeException("malformed core module: " + e, at, e);
        }
    }
}
