package dev.weft.component.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code canon}: one canonical definition. {@link Lift} appends to the func index space; every other case appends
 * one core function. Record names follow the built-in names of Binary.md ({@code stream.cancel-read} is
 * {@link StreamCancelRead}); the {@code opcode} in each Javadoc is the leading byte.
 *
 * <p>Not decoded because neither Binary.md nor wasmparser has them any more: {@code resource.drop async}
 * (byte 0x07) and {@code backpressure.set} (0x08) are malformed.
 */
public sealed interface Canon {

    long offset();

    /** {@code 0x00 0x00 f:core:funcidx opts ft:typeidx}. */
    record Lift(long coreFuncIndex, List<CanonOpt> options, long typeIndex, long offset) implements Canon {
        public Lift {
            options = List.copyOf(options);
        }
    }

    /** {@code 0x01 0x00 f:funcidx opts}. */
    record Lower(long funcIndex, List<CanonOpt> options, long offset) implements Canon {
        public Lower {
            options = List.copyOf(options);
        }
    }

    /** {@code 0x02 rt:typeidx}. */
    record ResourceNew(long typeIndex, long offset) implements Canon {}

    /** {@code 0x03 rt:typeidx}. */
    record ResourceDrop(long typeIndex, long offset) implements Canon {}

    /** {@code 0x04 rt:typeidx}. */
    record ResourceRep(long typeIndex, long offset) implements Canon {}

    /** 🔀 {@code 0x24}. */
    record BackpressureInc(long offset) implements Canon {}

    /** 🔀 {@code 0x25}. */
    record BackpressureDec(long offset) implements Canon {}

    /** 🔀 {@code 0x09 rs:resultlist opts}. */
    record TaskReturn(Optional<ComponentValType> result, List<CanonOpt> options, long offset) implements Canon {
        public TaskReturn {
            options = List.copyOf(options);
        }
    }

    /** 🔀 {@code 0x05}. */
    record TaskCancel(long offset) implements Canon {}

    /** 🔀 {@code 0x0a t:core:valtype i:u32}. */
    record ContextGet(CoreValType type, long slot, long offset) implements Canon {}

    /** 🔀 {@code 0x0b t:core:valtype i:u32}. */
    record ContextSet(CoreValType type, long slot, long offset) implements Canon {}

    /** 🔀 {@code 0x06 async?}. */
    record SubtaskCancel(boolean async, long offset) implements Canon {}

    /** 🔀 {@code 0x0d}. */
    record SubtaskDrop(long offset) implements Canon {}

    /** 🔀 {@code 0x0e t:typeidx}. */
    record StreamNew(long typeIndex, long offset) implements Canon {}

    /** 🔀 {@code 0x0f t:typeidx opts}. */
    record StreamRead(long typeIndex, List<CanonOpt> options, long offset) implements Canon {
        public StreamRead {
            options = List.copyOf(options);
        }
    }

    /** 🔀 {@code 0x10 t:typeidx opts}. */
    record StreamWrite(long typeIndex, List<CanonOpt> options, long offset) implements Canon {
        public StreamWrite {
            options = List.copyOf(options);
        }
    }

    /** 🔀 {@code 0x11 t:typeidx async?}. */
    record StreamCancelRead(long typeIndex, boolean async, long offset) implements Canon {}

    /** 🔀 {@code 0x12 t:typeidx async?}. */
    record StreamCancelWrite(long typeIndex, boolean async, long offset) implements Canon {}

    /** 🔀 {@code 0x13 t:typeidx}. */
    record StreamDropReadable(long typeIndex, long offset) implements Canon {}

    /** 🔀 {@code 0x14 t:typeidx}. */
    record StreamDropWritable(long typeIndex, long offset) implements Canon {}

    /** 🔀 {@code 0x15 t:typeidx}. */
    record FutureNew(long typeIndex, long offset) implements Canon {}

    /** 🔀 {@code 0x16 t:typeidx opts}. */
    record FutureRead(long typeIndex, List<CanonOpt> options, long offset) implements Canon {
        public FutureRead {
            options = List.copyOf(options);
        }
    }

    /** 🔀 {@code 0x17 t:typeidx opts}. */
    record FutureWrite(long typeIndex, List<CanonOpt> options, long offset) implements Canon {
        public FutureWrite {
            options = List.copyOf(options);
        }
    }

    /** 🔀 {@code 0x18 t:typeidx async?}. */
    record FutureCancelRead(long typeIndex, boolean async, long offset) implements Canon {}

    /** 🔀 {@code 0x19 t:typeidx async?}. */
    record FutureCancelWrite(long typeIndex, boolean async, long offset) implements Canon {}

    /** 🔀 {@code 0x1a t:typeidx}. */
    record FutureDropReadable(long typeIndex, long offset) implements Canon {}

    /** 🔀 {@code 0x1b t:typeidx}. */
    record FutureDropWritable(long typeIndex, long offset) implements Canon {}

    /** 📝 {@code 0x1c opts}. */
    record ErrorContextNew(List<CanonOpt> options, long offset) implements Canon {
        public ErrorContextNew {
            options = List.copyOf(options);
        }
    }

    /** 📝 {@code 0x1d opts}. */
    record ErrorContextDebugMessage(List<CanonOpt> options, long offset) implements Canon {
        public ErrorContextDebugMessage {
            options = List.copyOf(options);
        }
    }

    /** 📝 {@code 0x1e}. */
    record ErrorContextDrop(long offset) implements Canon {}

    /** 🔀 {@code 0x1f}. */
    record WaitableSetNew(long offset) implements Canon {}

    /** 🔀 {@code 0x20 cancel? m:core:memoryidx}. */
    record WaitableSetWait(boolean cancellable, long memoryIndex, long offset) implements Canon {}

    /** 🔀 {@code 0x21 cancel? m:core:memoryidx}. */
    record WaitableSetPoll(boolean cancellable, long memoryIndex, long offset) implements Canon {}

    /** 🔀 {@code 0x22}. */
    record WaitableSetDrop(long offset) implements Canon {}

    /** 🔀 {@code 0x23}. */
    record WaitableJoin(long offset) implements Canon {}

    /** 🧵 {@code 0x26}. */
    record ThreadIndex(long offset) implements Canon {}

    /** 🧵 {@code 0x27 ft:core:typeidx tbl:core:tableidx}. */
    record ThreadNewIndirect(long coreTypeIndex, long tableIndex, long offset) implements Canon {}

    /** 🧵 {@code 0x28}. */
    record ThreadResumeLater(long offset) implements Canon {}

    /** 🧵 {@code 0x29 cancel?}. */
    record ThreadSuspend(boolean cancellable, long offset) implements Canon {}

    /** 🔀 {@code 0x0c cancel?}. */
    record ThreadYield(boolean cancellable, long offset) implements Canon {}

    /** 🧵 {@code 0x2a cancel?}. */
    record ThreadSuspendThenResume(boolean cancellable, long offset) implements Canon {}

    /** 🧵 {@code 0x2b cancel?}. */
    record ThreadYieldThenResume(boolean cancellable, long offset) implements Canon {}

    /** 🧵 {@code 0x2c cancel?}. */
    record ThreadSuspendThenPromote(boolean cancellable, long offset) implements Canon {}

    /** 🧵 {@code 0x2d cancel?}. */
    record ThreadYieldThenPromote(boolean cancellable, long offset) implements Canon {}

    /**
     * 🧵② {@code 0x40 shared? ft:core:typeidx} (Binary.md; wasmparser currently reads no {@code shared?} byte).
     */
    record ThreadSpawnRef(boolean shared, long coreTypeIndex, long offset) implements Canon {}

    /** 🧵② {@code 0x41 shared? ft:core:typeidx tbl:core:tableidx}. */
    record ThreadSpawnIndirect(boolean shared, long coreTypeIndex, long tableIndex, long offset) implements Canon {}

    /** 🧵② {@code 0x42 shared?}. */
    record ThreadAvailableParallelism(boolean shared, long offset) implements Canon {}
}
