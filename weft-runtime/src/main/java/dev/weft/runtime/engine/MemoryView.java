package dev.weft.runtime.engine;

import java.nio.charset.Charset;
import run.endive.runtime.ByteArrayMemory;
import run.endive.runtime.Instance;
import run.endive.runtime.Memory;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.PassiveDataSegment;

/**
 * One instance's view of a linear memory. The storage may be shared by several core instances (one defines the
 * memory, others import it), but each instance has its own data segments for {@code memory.init} and
 * {@code data.drop}. Endive keeps the segments inside the memory object, so a shared memory would use whichever
 * instance initialised last; giving every importing instance its own view fixes that. The defining instance of a
 * non-shared memory holds the {@link PagedMemory} itself (which keeps that instance's segments), so the hot
 * loads and stores of the module that owns the memory make one interface call, not two; shared memories
 * (Endive's {@link ByteArrayMemory}) are always reached through a view. Everything else is delegated unchanged.
 */
final class MemoryView implements Memory {
    private static final DataSegment[] NO_SEGMENTS = new DataSegment[0];

    private final Memory delegate;
    private final CoreStore store;
    private DataSegment[] segments = NO_SEGMENTS;

    private MemoryView(Memory delegate, CoreStore store) {
        this.delegate = delegate;
        this.store = store;
    }

    /** A new memory without limits. */
    static Memory create(MemoryLimits limits) {
        return create(limits, null, CoreStore.unlimited());
    }

    /**
     * A new memory that starts as {@code image} (null: zeros) once Endive initialises it with the segments the image
     * was made from, its pages counted against {@code store}'s memory budget (a {@link HostTrapSignal} when its
     * initial size does not fit). Non-shared memories are copy-on-write pages ({@link PagedMemory}), or flat storage
     * from the image's {@link FlatPool} when {@code store} gives its memories back ({@link CoreStore#poolMemories},
     * see {@link MemoryKind}), handed to the defining instance as they are (it keeps its own segments), so the guest's loads and stores reach them without
     * a view in between; shared ones are Endive's, behind a view.
     */
    static Memory create(MemoryLimits limits, MemoryImage image, CoreStore store) {
        return create(limits, image, store, MemoryKind.chosen());
    }

    /** As {@link #create(MemoryLimits, MemoryImage, CoreStore)}, a non-shared memory being of {@code kind}. */
    static Memory create(MemoryLimits limits, MemoryImage image, CoreStore store, MemoryKind kind) {
        store.reserveInitial(limits.initialPages());
        if (limits.shared()) {
            return new MemoryView(new ByteArrayMemory(limits), store);
        }
        FlatPool pool = store.poolsMemories() && image != null ? image.pool() : null;
        if (pool != null && pool.pages() != limits.initialPages()) {
            pool = null;
        }
        return switch (kind) {
            case AUTO -> pool != null ? pooled(limits, image, store, pool) : new PagedMemory(limits, image, store);
            case PAGED -> new PagedMemory(limits, image, store);
            case FLAT -> pool != null ? pooled(limits, image, store, pool) : new FlatMemory(limits, image, store);
        };
    }

    private static FlatMemory pooled(MemoryLimits limits, MemoryImage image, CoreStore store, FlatPool pool) {
        FlatMemory memory = new FlatMemory(limits, image, store, pool);
        store.track(memory);
        return memory;
    }

    /** Another instance's view of the same storage (and budget) as {@code memory}. */
    static MemoryView sharing(Memory memory) {
        if (memory instanceof MemoryView view) {
            return new MemoryView(view.delegate, view.store);
        }
        // a PagedMemory counts its own growth against the defining instance's budget
        return new MemoryView(memory, CoreStore.unlimited());
    }

    /** Unsigned host access to the storage, or null when it has none (Endive's memories stop below 2 GiB). */
    UnsignedAccess unsigned() {
        return delegate instanceof UnsignedAccess access ? access : null;
    }

    @Override
    public void initialize(Instance instance, DataSegment[] dataSegments) {
        initialize(instance, dataSegments, 0);
    }

    @Override
    public void initialize(Instance instance, DataSegment[] dataSegments, int memoryIndex) {
        this.segments = dataSegments == null ? NO_SEGMENTS : dataSegments;
        if (delegate instanceof SegmentTarget own) {
            own.applySegments(instance, dataSegments, memoryIndex); // the definer's passive segments stay its own
        } else {
            delegate.initialize(instance, dataSegments, memoryIndex);
        }
    }

    @Override
    public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
        delegate.write(dest, segments[segmentId].data(), offset, size);
    }

    @Override
    public void drop(int segment) {
        segments[segment] = PassiveDataSegment.EMPTY;
    }

    // Everything below delegates to the shared storage, default methods included (so its fast paths run).

    @Override
    public int pages() {
        return delegate.pages();
    }

    @Override
    public int grow(int a0) {
        if (!store.tryGrow(Integer.toUnsignedLong(a0))) {
            return -1;
        }
        int result = delegate.grow(a0);
        if (result == -1) {
            store.release(Integer.toUnsignedLong(a0));
        }
        return result;
    }

    @Override
    public int initialPages() {
        return delegate.initialPages();
    }

    @Override
    public int maximumPages() {
        return delegate.maximumPages();
    }

    @Override
    public boolean shared() {
        return delegate.shared();
    }

    @Override
    @SuppressWarnings("removal") // abstract in Endive 1.0.0's Memory, so it must be delegated
    public Object lock(int a0) {
        return delegate.lock(a0);
    }

    @Override
    @SuppressWarnings("removal") // abstract in Endive 1.0.0's Memory, so it must be delegated
    public int waitOn(int a0, int a1, long a2) {
        return delegate.waitOn(a0, a1, a2);
    }

    @Override
    @SuppressWarnings("removal") // abstract in Endive 1.0.0's Memory, so it must be delegated
    public int waitOn(int a0, long a1, long a2) {
        return delegate.waitOn(a0, a1, a2);
    }

    @Override
    @SuppressWarnings("removal") // abstract in Endive 1.0.0's Memory, so it must be delegated
    public int notify(int a0, int a1) {
        return delegate.notify(a0, a1);
    }

    @Override
    public void atomicFence() {
        delegate.atomicFence();
    }

    @Override
    public int atomicWait(int a0, int a1, long a2) {
        return delegate.atomicWait(a0, a1, a2);
    }

    @Override
    public int atomicWait(int a0, long a1, long a2) {
        return delegate.atomicWait(a0, a1, a2);
    }

    @Override
    public int atomicNotify(int a0, int a1) {
        return delegate.atomicNotify(a0, a1);
    }

    @Override
    public int atomicReadInt(int a0) {
        return delegate.atomicReadInt(a0);
    }

    @Override
    public long atomicReadLong(int a0) {
        return delegate.atomicReadLong(a0);
    }

    @Override
    public short atomicReadShort(int a0) {
        return delegate.atomicReadShort(a0);
    }

    @Override
    public byte atomicReadByte(int a0) {
        return delegate.atomicReadByte(a0);
    }

    @Override
    public void atomicWriteInt(int a0, int a1) {
        delegate.atomicWriteInt(a0, a1);
    }

    @Override
    public void atomicWriteLong(int a0, long a1) {
        delegate.atomicWriteLong(a0, a1);
    }

    @Override
    public void atomicWriteShort(int a0, short a1) {
        delegate.atomicWriteShort(a0, a1);
    }

    @Override
    public void atomicWriteByte(int a0, byte a1) {
        delegate.atomicWriteByte(a0, a1);
    }

    @Override
    public int atomicAddInt(int a0, int a1) {
        return delegate.atomicAddInt(a0, a1);
    }

    @Override
    public int atomicAndInt(int a0, int a1) {
        return delegate.atomicAndInt(a0, a1);
    }

    @Override
    public int atomicOrInt(int a0, int a1) {
        return delegate.atomicOrInt(a0, a1);
    }

    @Override
    public int atomicXorInt(int a0, int a1) {
        return delegate.atomicXorInt(a0, a1);
    }

    @Override
    public int atomicXchgInt(int a0, int a1) {
        return delegate.atomicXchgInt(a0, a1);
    }

    @Override
    public int atomicCmpxchgInt(int a0, int a1, int a2) {
        return delegate.atomicCmpxchgInt(a0, a1, a2);
    }

    @Override
    public long atomicAddLong(int a0, long a1) {
        return delegate.atomicAddLong(a0, a1);
    }

    @Override
    public long atomicAndLong(int a0, long a1) {
        return delegate.atomicAndLong(a0, a1);
    }

    @Override
    public long atomicOrLong(int a0, long a1) {
        return delegate.atomicOrLong(a0, a1);
    }

    @Override
    public long atomicXorLong(int a0, long a1) {
        return delegate.atomicXorLong(a0, a1);
    }

    @Override
    public long atomicXchgLong(int a0, long a1) {
        return delegate.atomicXchgLong(a0, a1);
    }

    @Override
    public long atomicCmpxchgLong(int a0, long a1, long a2) {
        return delegate.atomicCmpxchgLong(a0, a1, a2);
    }

    @Override
    public short atomicAddShort(int a0, short a1) {
        return delegate.atomicAddShort(a0, a1);
    }

    @Override
    public short atomicAndShort(int a0, short a1) {
        return delegate.atomicAndShort(a0, a1);
    }

    @Override
    public short atomicOrShort(int a0, short a1) {
        return delegate.atomicOrShort(a0, a1);
    }

    @Override
    public short atomicXorShort(int a0, short a1) {
        return delegate.atomicXorShort(a0, a1);
    }

    @Override
    public short atomicXchgShort(int a0, short a1) {
        return delegate.atomicXchgShort(a0, a1);
    }

    @Override
    public short atomicCmpxchgShort(int a0, short a1, short a2) {
        return delegate.atomicCmpxchgShort(a0, a1, a2);
    }

    @Override
    public byte atomicAddByte(int a0, byte a1) {
        return delegate.atomicAddByte(a0, a1);
    }

    @Override
    public byte atomicAndByte(int a0, byte a1) {
        return delegate.atomicAndByte(a0, a1);
    }

    @Override
    public byte atomicOrByte(int a0, byte a1) {
        return delegate.atomicOrByte(a0, a1);
    }

    @Override
    public byte atomicXorByte(int a0, byte a1) {
        return delegate.atomicXorByte(a0, a1);
    }

    @Override
    public byte atomicXchgByte(int a0, byte a1) {
        return delegate.atomicXchgByte(a0, a1);
    }

    @Override
    public byte atomicCmpxchgByte(int a0, byte a1, byte a2) {
        return delegate.atomicCmpxchgByte(a0, a1, a2);
    }

    @Override
    public void writeString(int a0, String a1, Charset a2) {
        delegate.writeString(a0, a1, a2);
    }

    @Override
    public void writeString(int a0, String a1) {
        delegate.writeString(a0, a1);
    }

    @Override
    public String readString(int a0, int a1) {
        return delegate.readString(a0, a1);
    }

    @Override
    public String readString(int a0, int a1, Charset a2) {
        return delegate.readString(a0, a1, a2);
    }

    @Override
    public void writeCString(int a0, String a1) {
        delegate.writeCString(a0, a1);
    }

    @Override
    public void writeCString(int a0, String a1, Charset a2) {
        delegate.writeCString(a0, a1, a2);
    }

    @Override
    public String readCString(int a0, Charset a1) {
        return delegate.readCString(a0, a1);
    }

    @Override
    public String readCString(int a0) {
        return delegate.readCString(a0);
    }

    @Override
    public void write(int a0, byte[] a1) {
        delegate.write(a0, a1);
    }

    @Override
    public void write(int a0, byte[] a1, int a2, int a3) {
        delegate.write(a0, a1, a2, a3);
    }

    @Override
    public byte read(int a0) {
        return delegate.read(a0);
    }

    @Override
    public byte[] readBytes(int a0, int a1) {
        return delegate.readBytes(a0, a1);
    }

    @Override
    public void writeI32(int a0, int a1) {
        delegate.writeI32(a0, a1);
    }

    @Override
    public int readInt(int a0) {
        return delegate.readInt(a0);
    }

    @Override
    public long readI32(int a0) {
        return delegate.readI32(a0);
    }

    @Override
    public long readU32(int a0) {
        return delegate.readU32(a0);
    }

    @Override
    public void writeLong(int a0, long a1) {
        delegate.writeLong(a0, a1);
    }

    @Override
    public long readLong(int a0) {
        return delegate.readLong(a0);
    }

    @Override
    public long readI64(int a0) {
        return delegate.readI64(a0);
    }

    @Override
    public void writeShort(int a0, short a1) {
        delegate.writeShort(a0, a1);
    }

    @Override
    public short readShort(int a0) {
        return delegate.readShort(a0);
    }

    @Override
    public long readI16(int a0) {
        return delegate.readI16(a0);
    }

    @Override
    public long readU16(int a0) {
        return delegate.readU16(a0);
    }

    @Override
    public void writeByte(int a0, byte a1) {
        delegate.writeByte(a0, a1);
    }

    @Override
    public long readU8(int a0) {
        return delegate.readU8(a0);
    }

    @Override
    public long readI8(int a0) {
        return delegate.readI8(a0);
    }

    @Override
    public void writeF32(int a0, float a1) {
        delegate.writeF32(a0, a1);
    }

    @Override
    public long readF32(int a0) {
        return delegate.readF32(a0);
    }

    @Override
    public float readFloat(int a0) {
        return delegate.readFloat(a0);
    }

    @Override
    public void writeF64(int a0, double a1) {
        delegate.writeF64(a0, a1);
    }

    @Override
    public double readDouble(int a0) {
        return delegate.readDouble(a0);
    }

    @Override
    public long readF64(int a0) {
        return delegate.readF64(a0);
    }

    @Override
    public void zero() {
        delegate.zero();
    }

    @Override
    public void fill(byte a0, int a1, int a2) {
        delegate.fill(a0, a1, a2);
    }

    @Override
    public void copy(int a0, int a1, int a2) {
        delegate.copy(a0, a1, a2);
    }
}
