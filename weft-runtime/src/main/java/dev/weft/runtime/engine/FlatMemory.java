package dev.weft.runtime.engine;


import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import run.endive.runtime.Instance;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.UninstantiableException;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.MemoryLimits;

/**
 * A non-shared linear memory in one {@code byte[]}: a load or store is one array access, with no chunk table and
 * no ownership check, but a fresh instance allocates and fills its whole initial memory (the module's
 * {@link MemoryImage} is copied in at initialisation). Chosen by {@link MemoryKind}; {@link PagedMemory} is the
 * copy-on-write alternative with the same behaviour.
 *
 * <p>The array holds the pages below {@link #FLAT_PAGES} (a {@code byte[]} cannot hold 2 GiB); the pages from there
 * on, up to the wasm32 limit of 4 GiB, live in a {@link PagedMemory} used at the same addresses ({@link #beyond},
 * made when the memory first grows that far). Every access the array cannot serve (out of bounds, or beyond it)
 * takes the out-of-line path through the exception the array access throws, which checks bounds as Endive's
 * {@code ByteArrayMemory} does and traps with the same messages.
 */
final class FlatMemory extends UnsharedMemory implements UnsignedAccess {
    /** Pages held in the array: all below 2 GiB but the last. */
    static final int FLAT_PAGES = HighPages.FIRST - 1;

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Dirty marks: one byte per 4 KiB chunk of the array ({@code 1 << CHUNK_SHIFT} bytes). */
    static final int CHUNK_SHIFT = 12;
    private static final byte[] EMPTY = new byte[0];

    /** What the array holds before segments are applied, for {@link #zero} and {@link #applySegments}. */
    private enum Start {
        /** Zeros (a new array, or after {@link #zero}). */
        ZEROS,
        /** The image, taken from the pool. */
        IMAGE,
        /** The image, from the pool, and {@link #zero} was called: the segments are expected next. */
        IMAGE_ZERO_PENDING,
        /** Segments were applied (or the memory is in use): nothing is known. */
        USED
    }

    private final MemoryImage image;
    private final CoreStore store;
    /** Pages the array may hold: {@link #FLAT_PAGES}, less in tests. */
    private final int flatPages;
    private byte[] bytes;
    /**
     * One mark per 4 KiB chunk of {@link #bytes}, set (to 1) by every write to that chunk: scalar stores mark the
     * chunk of their first byte (a store across a chunk edge reaches at most 7 bytes into the next, which
     * {@link MemoryImage#restore} restores with every marked chunk); bulk and host writes mark every chunk they
     * touch. Read only when the storage goes back to the {@link #pool}.
     */
    private byte[] dirty;
    private int pages;
    /** The pages from {@link #FLAT_PAGES} on, at their own addresses; null while the memory is smaller. */
    private PagedMemory beyond;
    private Start start = Start.ZEROS;
    /** Where the storage goes back to on {@link #release}; null when it does not (or did already). */
    private FlatPool pool;
    /** The storage this memory started with (the pool's unit; {@link #bytes} is a copy after growing). */
    private FlatPool.Storage storage;
    /**
     * True while the array is the image plus the writes {@link #dirty} marks (so that restoring the marked chunks
     * makes it the image again): from taking the storage from the pool, or from copying the image into zeros.
     */
    private boolean restorable;

    /**
     * A memory of {@code limits.initialPages()} zero pages, growth counted against {@code store} (the initial pages
     * are the caller's to reserve); {@code image} (may be null) is copied in by {@link #initialize} when that is
     * called with the segments it was made from.
     */
    FlatMemory(MemoryLimits limits, MemoryImage image, CoreStore store) {
        this(limits, image, store, FLAT_PAGES);
    }

    /** As above, with the array holding at most {@code flatPages} pages (for tests of the pages beyond it). */
    FlatMemory(MemoryLimits limits, MemoryImage image, CoreStore store, int flatPages) {
        super(limits);
        this.image = image;
        this.store = store;
        this.flatPages = Math.min(flatPages, FLAT_PAGES);
        this.pages = limits.initialPages();
        this.bytes = new byte[Math.min(pages, this.flatPages) * PAGE_SIZE];
        this.dirty = new byte[bytes.length >>> CHUNK_SHIFT];
        if (pages > this.flatPages) {
            beyond = new PagedMemory(new MemoryLimits(pages, maxPages), null);
        }
    }

    /**
     * A memory whose storage comes from {@code pool} (which holds {@code image}, for memories of these limits) when
     * one is idle, else is new, and goes back to it on {@link #release}: it starts as the image once initialised
     * with the segments the image was made from, as a memory made by the other constructors does.
     */
    FlatMemory(MemoryLimits limits, MemoryImage image, CoreStore store, FlatPool pool) {
        super(limits);
        if (pool.pages() != limits.initialPages() || image == null || image.pageCount() != limits.initialPages()) {
            throw new IllegalArgumentException("a pool of " + pool.pages() + "-page memories for a memory of "
                    + limits.initialPages() + " pages");
        }
        this.image = image;
        this.store = store;
        this.flatPages = FLAT_PAGES;
        this.pages = limits.initialPages();
        FlatPool.Storage taken = pool.take();
        FlatPoolStats.MADE.increment();
        if (taken != null) {
            FlatPoolStats.REUSED.increment();
            start = Start.IMAGE;
            restorable = true;
        } else {
            taken = FlatPool.Storage.zeros(pages);
        }
        this.storage = taken;
        this.pool = pool;
        this.bytes = taken.bytes();
        this.dirty = taken.dirty();
    }

    /**
     * Gives the storage back to the pool, made the image again by restoring the chunks written since it was
     * taken; afterwards this memory has no pages (every access traps) and owns nothing. Call it only when nothing
     * can run in the memory any more. Does nothing (false) for a memory without a pool, one released already, one
     * not initialised from the image, one with pages beyond the array, or when the pool is full.
     */
    boolean release() {
        FlatPool target = pool;
        pool = null;
        if (target == null || !restorable || beyond != null || !target.hasRoom()) {
            return false; // a full pool: restoring the chunks would be wasted work (tens of µs for a JS guest)
        }
        byte[] marks = dirty;
        FlatPool.Storage own = storage;
        storage = null;
        bytes = EMPTY;
        dirty = EMPTY;
        pages = 0;
        restorable = false;
        FlatPoolStats.RESTORED_CHUNKS.add(image.restore(own.bytes(), marks));
        if (own.dirty() != marks) {
            Arrays.fill(own.dirty(), (byte) 0); // grown: the marks made before growing are in the copy too
        }
        if (!target.offer(own)) {
            return false;
        }
        FlatPoolStats.RETURNED.increment();
        return true;
    }

    @Override
    public int pages() {
        return pages;
    }

    @Override
    public int grow(int size) {
        int previous = pages;
        int wanted = previous + size;
        if (wanted > maxPages || wanted < previous || !store.tryGrow(size)) {
            return -1;
        }
        int flat = Math.min(wanted, flatPages);
        if (flat * PAGE_SIZE > bytes.length) {
            bytes = Arrays.copyOf(bytes, flat * PAGE_SIZE);
            dirty = Arrays.copyOf(dirty, bytes.length >>> CHUNK_SHIFT);
        }
        if (wanted > flatPages) {
            if (beyond == null) {
                beyond = new PagedMemory(new MemoryLimits(wanted, maxPages), null);
            } else {
                beyond.grow(wanted - beyond.pages());
            }
        }
        pages = wanted;
        return previous;
    }

    @Override
    public void applySegments(Instance instance, DataSegment[] segments, int memoryIndex) {
        Start before = start;
        start = Start.USED;
        if (segments == null) {
            if (before == Start.IMAGE_ZERO_PENDING) {
                zeroAll();
            }
            return;
        }
        boolean fromImage = image != null && image.madeFrom(segments, memoryIndex)
                && image.pageCount() <= Math.min(pages, flatPages);
        if (fromImage && before == Start.ZEROS) {
            image.copyInto(bytes);
            restorable = pool != null;
            return;
        }
        if (fromImage && before == Start.IMAGE_ZERO_PENDING) {
            return; // the pool's storage is the image already
        }
        if (before == Start.IMAGE_ZERO_PENDING) {
            zeroAll();
        }
        writeActiveSegments(instance, segments, memoryIndex);
    }

    // --- bounds ------------------------------------------------------------------------------------------------

    private long sizeInBytes() {
        return (long) PAGE_SIZE * pages;
    }

    /** Bounds of an int-addressed access: inside the memory and below 2 GiB (where Endive's ints stop). */
    @Override
    void checkBounds(int addr, int size, boolean instantiating) {
        long limit = Math.min(sizeInBytes(), 1L << 31);
        if (addr < 0 || size < 0 || addr > limit || (size > 0 && (long) addr + size > limit)) {
            String message = "out of bounds memory access: attempted to access address: " + addr
                    + " but limit is: " + limit + " and size: " + size;
            throw instantiating ? new UninstantiableException(message) : new WasmRuntimeException(message);
        }
    }

    // --- unsigned (host) access ---------------------------------------------------------------------------------

    @Override
    public long byteLength() {
        return sizeInBytes();
    }

    @Override
    public void readAt(long address, byte[] dst, int offset, int length) {
        checkUnsigned(address, length, dst.length, offset);
        int flat = (int) Math.max(0, Math.min(length, bytes.length - address));
        if (flat > 0) {
            System.arraycopy(bytes, (int) address, dst, offset, flat);
        }
        if (flat < length) {
            beyond.readAt(address + flat, dst, offset + flat, length - flat);
        }
    }

    @Override
    public void writeAt(long address, byte[] src, int offset, int length) {
        checkUnsigned(address, length, src.length, offset);
        int flat = (int) Math.max(0, Math.min(length, bytes.length - address));
        if (flat > 0) {
            System.arraycopy(src, offset, bytes, (int) address, flat);
            mark((int) address, flat);
        }
        if (flat < length) {
            beyond.writeAt(address + flat, src, offset + flat, length - flat);
        }
    }

    private void checkUnsigned(long address, int length, int arrayLength, int offset) {
        if (offset < 0 || length < 0 || offset > arrayLength - length) {
            throw new IndexOutOfBoundsException("array range " + offset + "+" + length + " outside " + arrayLength);
        }
        if (address < 0 || address + length > sizeInBytes()) {
            throw new IndexOutOfBoundsException("out of bounds memory access: " + length + " bytes at " + address
                    + " in memory of " + sizeInBytes() + " bytes");
        }
    }

    // --- bulk --------------------------------------------------------------------------------------------------

    @Override
    public void write(int addr, byte[] data, int offset, int size) {
        if (offset < 0 || size < 0 || (long) offset + size > data.length) {
            throw new WasmRuntimeException("out of bounds memory access: attempted to access address: " + offset
                    + " but limit is: " + data.length + " and size: " + size);
        }
        checkBounds(addr, size, false);
        writeAt(Integer.toUnsignedLong(addr), data, offset, size);
    }

    @Override
    public byte[] readBytes(int addr, int len) {
        checkBounds(addr, len, false);
        byte[] result = new byte[len];
        readAt(Integer.toUnsignedLong(addr), result, 0, len);
        return result;
    }

    @Override
    public void zero() {
        switch (start) {
            case ZEROS -> {
                // Endive zeroes every memory before initialising it: a fresh one need not be filled again
            }
            case IMAGE -> start = Start.IMAGE_ZERO_PENDING; // Endive applies the segments next (applySegments)
            case IMAGE_ZERO_PENDING -> {
            }
            case USED -> zeroAll();
        }
    }

    /** Fills the whole memory with zeros; the array is no longer the image plus marked writes. */
    private void zeroAll() {
        Arrays.fill(bytes, (byte) 0);
        if (beyond != null) {
            beyond.zero();
        }
        restorable = false;
        start = Start.ZEROS;
    }

    /** Marks the chunks of {@code [addr, addr + length)} (inside the array) written. */
    private void mark(int addr, int length) {
        if (length > 0) {
            Arrays.fill(dirty, addr >>> CHUNK_SHIFT, ((addr + length - 1) >>> CHUNK_SHIFT) + 1, (byte) 1);
        }
    }

    @Override
    public void fill(byte value, int fromIndex, int toIndex) {
        checkBounds(fromIndex, toIndex - fromIndex, false);
        if (toIndex <= bytes.length) {
            Arrays.fill(bytes, fromIndex, toIndex, value);
            mark(fromIndex, toIndex - fromIndex);
            return;
        }
        int flatEnd = Math.max(fromIndex, bytes.length);
        int flatStart = Math.min(fromIndex, bytes.length);
        Arrays.fill(bytes, flatStart, bytes.length, value);
        mark(flatStart, bytes.length - flatStart);
        beyond.fill(value, flatEnd, toIndex);
    }

    @Override
    public void copy(int dest, int src, int size) {
        checkBounds(dest, size, false);
        checkBounds(src, size, false);
        if ((long) dest + size <= bytes.length && (long) src + size <= bytes.length) {
            System.arraycopy(bytes, src, bytes, dest, size); // overlapping ranges copy as if through a buffer
            mark(dest, size);
            return;
        }
        write(dest, readBytes(src, size), 0, size);
    }

    // --- scalars: one array access; the array's own exception leads to the out-of-line path --------------------

    @Override
    public byte read(int addr) {
        try {
            return bytes[addr];
        } catch (RuntimeException e) {
            return (byte) readBeyond(addr, 1);
        }
    }

    @Override
    public short readShort(int addr) {
        try {
            return (short) SHORT.get(bytes, addr);
        } catch (RuntimeException e) {
            return (short) readBeyond(addr, 2);
        }
    }

    @Override
    public int readInt(int addr) {
        try {
            return (int) INT.get(bytes, addr);
        } catch (RuntimeException e) {
            return (int) readBeyond(addr, 4);
        }
    }

    @Override
    public long readLong(int addr) {
        try {
            return (long) LONG.get(bytes, addr);
        } catch (RuntimeException e) {
            return readBeyond(addr, 8);
        }
    }

    @Override
    public float readFloat(int addr) {
        return Float.intBitsToFloat(readInt(addr));
    }

    @Override
    public double readDouble(int addr) {
        return Double.longBitsToDouble(readLong(addr));
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xFFFFL;
    }

    @Override
    public long readF32(int addr) {
        return readInt(addr);
    }

    @Override
    public long readF64(int addr) {
        return readLong(addr);
    }

    @Override
    public void writeByte(int addr, byte data) {
        try {
            bytes[addr] = data;
            dirty[addr >>> CHUNK_SHIFT] = 1;
        } catch (RuntimeException e) {
            writeBeyond(addr, data, 1);
        }
    }

    @Override
    public void writeShort(int addr, short data) {
        try {
            SHORT.set(bytes, addr, data);
            dirty[addr >>> CHUNK_SHIFT] = 1;
        } catch (RuntimeException e) {
            writeBeyond(addr, data, 2);
        }
    }

    @Override
    public void writeI32(int addr, int data) {
        try {
            INT.set(bytes, addr, data);
            dirty[addr >>> CHUNK_SHIFT] = 1;
        } catch (RuntimeException e) {
            writeBeyond(addr, data, 4);
        }
    }

    @Override
    public void writeLong(int addr, long data) {
        try {
            LONG.set(bytes, addr, data);
            dirty[addr >>> CHUNK_SHIFT] = 1;
        } catch (RuntimeException e) {
            writeBeyond(addr, data, 8);
        }
    }

    @Override
    public void writeF32(int addr, float data) {
        writeI32(addr, Float.floatToRawIntBits(data));
    }

    @Override
    public void writeF64(int addr, double data) {
        writeLong(addr, Double.doubleToRawLongBits(data));
    }

    /** A load the array could not serve: out of bounds (a trap), or (partly) in the pages beyond it. */
    private long readBeyond(int addr, int width) {
        checkBounds(addr, width, false);
        byte[] b = new byte[width];
        readAt(addr, b, 0, width);
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | (b[i] & 0xFFL);
        }
        return value;
    }

    /** A store the array could not take: out of bounds (a trap, writing nothing), or in the pages beyond it. */
    private void writeBeyond(int addr, long value, int width) {
        checkBounds(addr, width, false);
        byte[] b = new byte[width];
        for (int i = 0; i < width; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        writeAt(addr, b, 0, width);
    }
}
