package dev.weft.component.binary;

import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonOpt;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;

/** Reads section 8 ({@code canon}) items: lift, lower and every built-in of Binary.md. */
final class CanonReader {
    private CanonReader() {}

    /** Section 8 contents. */
    static List<Canon> readSection(BinaryReader r) throws DecodeException {
        int count = r.readCount("canonical function");
        List<Canon> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(readCanon(r));
        }
        return out;
    }

    static Canon readCanon(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> {
                expectZero(r, "canonical function lift");
                yield new Canon.Lift(r.readVarU32(), readOptions(r), r.readVarU32(), at);
            }
            case 0x01 -> {
                expectZero(r, "canonical function lower");
                yield new Canon.Lower(r.readVarU32(), readOptions(r), at);
            }
            case 0x02 -> new Canon.ResourceNew(r.readVarU32(), at);
            case 0x03 -> new Canon.ResourceDrop(r.readVarU32(), at);
            case 0x04 -> new Canon.ResourceRep(r.readVarU32(), at);
            case 0x24 -> new Canon.BackpressureInc(at);
            case 0x25 -> new Canon.BackpressureDec(at);
            case 0x09 -> new Canon.TaskReturn(ExternReader.readResultList(r), readOptions(r), at);
            case 0x05 -> new Canon.TaskCancel(at);
            case 0x0a -> new Canon.ContextGet(CoreValTypeReader.readValType(r), r.readVarU32(), at);
            case 0x0b -> new Canon.ContextSet(CoreValTypeReader.readValType(r), r.readVarU32(), at);
            case 0x06 -> new Canon.SubtaskCancel(r.readBool("async"), at);
            case 0x0d -> new Canon.SubtaskDrop(at);
            case 0x0e -> new Canon.StreamNew(r.readVarU32(), at);
            case 0x0f -> new Canon.StreamRead(r.readVarU32(), readOptions(r), at);
            case 0x10 -> new Canon.StreamWrite(r.readVarU32(), readOptions(r), at);
            case 0x11 -> new Canon.StreamCancelRead(r.readVarU32(), r.readBool("async"), at);
            case 0x12 -> new Canon.StreamCancelWrite(r.readVarU32(), r.readBool("async"), at);
            case 0x13 -> new Canon.StreamDropReadable(r.readVarU32(), at);
            case 0x14 -> new Canon.StreamDropWritable(r.readVarU32(), at);
            case 0x15 -> new Canon.FutureNew(r.readVarU32(), at);
            case 0x16 -> new Canon.FutureRead(r.readVarU32(), readOptions(r), at);
            case 0x17 -> new Canon.FutureWrite(r.readVarU32(), readOptions(r), at);
            case 0x18 -> new Canon.FutureCancelRead(r.readVarU32(), r.readBool("async"), at);
            case 0x19 -> new Canon.FutureCancelWrite(r.readVarU32(), r.readBool("async"), at);
            case 0x1a -> new Canon.FutureDropReadable(r.readVarU32(), at);
            case 0x1b -> new Canon.FutureDropWritable(r.readVarU32(), at);
            case 0x1c -> new Canon.ErrorContextNew(readOptions(r), at);
            case 0x1d -> new Canon.ErrorContextDebugMessage(readOptions(r), at);
            case 0x1e -> new Canon.ErrorContextDrop(at);
            case 0x1f -> new Canon.WaitableSetNew(at);
            case 0x20 -> new Canon.WaitableSetWait(r.readBool("cancellable"), r.readVarU32(), at);
            case 0x21 -> new Canon.WaitableSetPoll(r.readBool("cancellable"), r.readVarU32(), at);
            case 0x22 -> new Canon.WaitableSetDrop(at);
            case 0x23 -> new Canon.WaitableJoin(at);
            case 0x26 -> new Canon.ThreadIndex(at);
            case 0x27 -> new Canon.ThreadNewIndirect(r.readVarU32(), r.readVarU32(), at);
            case 0x28 -> new Canon.ThreadResumeLater(at);
            case 0x29 -> new Canon.ThreadSuspend(r.readBool("cancellable"), at);
            case 0x0c -> new Canon.ThreadYield(r.readBool("cancellable"), at);
            case 0x2a -> new Canon.ThreadSuspendThenResume(r.readBool("cancellable"), at);
            case 0x2b -> new Canon.ThreadYieldThenResume(r.readBool("cancellable"), at);
            case 0x2c -> new Canon.ThreadSuspendThenPromote(r.readBool("cancellable"), at);
            case 0x2d -> new Canon.ThreadYieldThenPromote(r.readBool("cancellable"), at);
            case 0x40 -> new Canon.ThreadSpawnRef(r.readBool("shared"), r.readVarU32(), at);
            case 0x41 -> new Canon.ThreadSpawnIndirect(r.readBool("shared"), r.readVarU32(), r.readVarU32(), at);
            case 0x42 -> new Canon.ThreadAvailableParallelism(r.readBool("shared"), at);
            default -> throw r.invalidLeadingByte(b, "canonical function");
        };
    }

    private static void expectZero(BinaryReader r, String what) throws DecodeException {
        int b = r.readU8();
        if (b != 0x00) {
            throw r.invalidLeadingByte(b, what);
        }
    }

    /** {@code opts ::= vec(canonopt)}. */
    static List<CanonOpt> readOptions(BinaryReader r) throws DecodeException {
        int count = r.readCount("canonical option");
        List<CanonOpt> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(readOption(r));
        }
        return out;
    }

    private static CanonOpt readOption(BinaryReader r) throws DecodeException {
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> new CanonOpt.StringEncodingOpt(CanonOpt.StringEncoding.UTF8);
            case 0x01 -> new CanonOpt.StringEncodingOpt(CanonOpt.StringEncoding.UTF16);
            case 0x02 -> new CanonOpt.StringEncodingOpt(CanonOpt.StringEncoding.LATIN1_UTF16);
            case 0x03 -> new CanonOpt.Memory(r.readVarU32());
            case 0x04 -> new CanonOpt.Realloc(r.readVarU32());
            case 0x05 -> new CanonOpt.PostReturn(r.readVarU32());
            case 0x06 -> new CanonOpt.Async();
            case 0x07 -> new CanonOpt.Callback(r.readVarU32());
            case 0x08 -> new CanonOpt.CoreType(r.readVarU32());
            case 0x09 -> new CanonOpt.Gc();
            default -> throw r.invalidLeadingByte(b, "canonical option");
        };
    }
}
