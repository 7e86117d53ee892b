package dev.weft.runtime.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.types.PrimitiveType;
import dev.weft.error.Trap;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stream and future rendezvous of CanonicalABI.md ({@code SharedStreamImpl}, {@code SharedFutureImpl}). */
class SharedStreamTest {
    private final InstanceState writer = new InstanceState("writer");
    private final InstanceState reader = new InstanceState("reader");
    private final List<Integer> writerDone = new ArrayList<>();
    private final List<Integer> readerDone = new ArrayList<>();
    private final List<Runnable> writerCopied = new ArrayList<>();

    private static List<Val> bytes(int... values) {
        List<Val> out = new ArrayList<>();
        for (int v : values) {
            out.add(new U8Val(v));
        }
        return out;
    }

    @Test
    void aReadMeetingAPendingWriteCopiesWhatBothHaveRoomFor() throws Trap {
        SharedStream stream = new SharedStream(PrimitiveType.U8);
        ListBuffer src = ListBuffer.of(bytes(1, 2, 3, 4, 5));
        stream.write(writer, src, writerCopied::add, writerDone::add);
        assertTrue(writerDone.isEmpty(), "the writer waits for a reader");

        ListBuffer dst = ListBuffer.room(3);
        stream.read(reader, dst, reclaim -> { }, readerDone::add);

        assertEquals(bytes(1, 2, 3), dst.received());
        assertEquals(List.of(CopyEnd.COMPLETED), readerDone, "the reader completes at once");
        assertEquals(1, writerCopied.size(), "the pending writer is told that some of its buffer was copied");
        assertEquals(2, src.remain());
    }

    @Test
    void droppingOneEndEndsThePendingCopyOfTheOtherAsDropped() throws Trap {
        SharedStream stream = new SharedStream(PrimitiveType.U8);
        stream.read(reader, ListBuffer.room(4), reclaim -> { }, readerDone::add);
        stream.drop();
        assertEquals(List.of(CopyEnd.DROPPED), readerDone);

        stream.write(writer, ListBuffer.of(bytes(9)), writerCopied::add, writerDone::add);
        assertEquals(List.of(CopyEnd.DROPPED), writerDone, "a write after the other end was dropped fails at once");
    }

    @Test
    void zeroLengthWriteAndReadRendezvousWithoutCopying() throws Trap {
        SharedStream stream = new SharedStream(PrimitiveType.U8);
        stream.read(reader, ListBuffer.room(0), reclaim -> { }, readerDone::add);
        stream.write(writer, ListBuffer.of(List.of()), writerCopied::add, writerDone::add);
        assertEquals(List.of(CopyEnd.COMPLETED), writerDone);
        assertTrue(writerCopied.isEmpty());
    }

    @Test
    void cancellingThePendingCopyReportsCancelled() throws Trap {
        SharedStream stream = new SharedStream(PrimitiveType.U8);
        stream.write(writer, ListBuffer.of(bytes(1)), writerCopied::add, writerDone::add);
        stream.cancel();
        assertEquals(List.of(CopyEnd.CANCELLED), writerDone);
    }

    @Test
    void copiesOfNonNumericElementsWithinOneInstanceTrap() throws Trap {
        SharedStream stream = new SharedStream(PrimitiveType.STRING);
        stream.write(writer, ListBuffer.of(List.of()), writerCopied::add, writerDone::add);
        assertThrows(Trap.class, () -> stream.read(writer, ListBuffer.room(1), reclaim -> { }, readerDone::add));
    }

    @Test
    void aFutureValueIsCopiedOnceWhenReaderAndWriterMeet() throws Trap {
        SharedFuture future = new SharedFuture(PrimitiveType.U8);
        ListBuffer dst = ListBuffer.room(1);
        future.read(reader, dst, readerDone::add);
        assertTrue(readerDone.isEmpty());
        future.write(writer, ListBuffer.of(bytes(42)), writerDone::add);
        assertEquals(bytes(42), dst.received());
        assertEquals(List.of(CopyEnd.COMPLETED), readerDone);
        assertEquals(List.of(CopyEnd.COMPLETED), writerDone);
    }

    @Test
    void writingAFutureWhoseReaderWasDroppedReportsDropped() throws Trap {
        SharedFuture future = new SharedFuture(null);
        future.drop();
        future.write(writer, ListBuffer.of(bytes(1)), writerDone::add);
        assertEquals(List.of(CopyEnd.DROPPED), writerDone);
        assertFalse(readerDone.contains(CopyEnd.COMPLETED));
    }
}
