package dev.weft.runtime.engine;


import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import run.endive.runtime.Instance;
import run.endive.runtime.Memory;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.UninstantiableException;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.MemoryLimits;

/**
 * A non-shared linear memory made of 64 KiB pages that are copied on first write (below 2 GiB in 4 KiB chunks). A
 * fresh memory starts with every page pointing at one shared all-zero page, or at the pages of a precomputed
 * {@link MemoryImage} (the module's active data segments already applied), so creating an instance neither zeroes
 * nor copies its initial memory: it pays only for the chunks the guest writes ({@link PagedMemoryStats} counts
 * them). Reads go straight to the chunk; a write checks whether this memory owns the chunk from the chunk's length
 * (shared chunks are {@link #SHARED_LENGTH} long). {@link FlatMemory} is the one-array alternative ({@link MemoryKind}).
 *
 * <p>The instance that defines the memory holds this object itself (its data segments for {@code memory.init} are
 * kept here, its growth is counted against that instance's {@link CoreStore}), so the guest's loads and stores make
 * one interface call; instances that import it get a {@link MemoryView} with their own segments.
 *
 * <p>Out-of-bounds accesses fail as in Endive's {@code ByteArrayMemory}, with the same messages. Atomic
 * operations run as plain reads and writes under {@link #lock} (a non-shared memory has one thread at a time);
 * waiting on it is refused as Endive refuses it.
 *
 * <p>A memory grows up to the wasm32 limit of 65536 pages (4 GiB); only pages written cost heap. Endive's
 * int-addressed methods reach the low 2 GiB (its compiled code hands addresses at or above 2 GiB over as negative
 * ints, which stay out of bounds); the pages above live in {@link HighPages}, reached through
 * {@link UnsignedAccess} by the canonical ABI.
 */
final class PagedMemory extends UnsharedMemory implements UnsignedAccess {
    private static final int PAGE_SHIFT = 16;
    private static final int PAGE_MASK = PAGE_SIZE - 1;
    /**
     * Copy-on-write granularity below 2 GiB: 4 KiB chunks, so a guest that writes a few bytes of a 64 KiB wasm page
     * (a return area, a small heap) copies 4 KiB, not the whole page. {@link HighPages} keeps whole pages.
     */
    private static final int CHUNK_SHIFT = 12;
    static final int CHUNK_SIZE = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;
    static final int CHUNKS_PER_PAGE = PAGE_SIZE / CHUNK_SIZE;
    /**
     * Length of a chunk this memory does not own (an image's, or {@link #ZERO_CHUNK}): one byte longer than an owned
     * one, so that a store learns whether it may write from the length it loads anyway for its bounds check, with
     * no second table. The extra byte is never read or written.
     */
    static final int SHARED_LENGTH = CHUNK_SIZE + 1;
    /** Shared by every memory below 2 GiB, never written. */
    static final byte[] ZERO_CHUNK = new byte[SHARED_LENGTH];
    /** Shared by every memory, never written. */
    static final byte[] ZERO_PAGE = new byte[PAGE_SIZE];

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final MemoryImage image;
    /** Where growth is counted against the instance's memory budget. */
    private final CoreStore store;
    /**
     * The 4 KiB chunks: owned ({@link #CHUNK_SIZE} long), or shared from the image or {@link #ZERO_CHUNK}
     * ({@link #SHARED_LENGTH} long); null from {@link #pages} on.
     */
    private byte[][] read;
    private int pages;
    /** Pages at index {@link HighPages#FIRST} and up. */
    private final HighPages high = new HighPages();
    /** True while nothing was written since creation (the content is all zeros). */
    private boolean pristine = true;

    /**
     * A memory of {@code limits.initialPages()} zero pages; {@code image} (may be null) is installed by
     * {@link #initialize} when that is called with the segments it was made from.
     */
    PagedMemory(MemoryLimits limits, MemoryImage image) {
        this(limits, image, CoreStore.unlimited());
    }

    /**
     * As {@link #PagedMemory(MemoryLimits, MemoryImage)}, growth counted against {@code store}'s memory budget (a
     * grow that does not fit returns -1). The initial pages are the caller's to reserve.
     */
    PagedMemory(MemoryLimits limits, MemoryImage image, CoreStore store) {
        super(limits);
        this.image = image;
        this.store = store;
        this.pages = limits.initialPages();
        int low = Math.min(pages, HighPages.FIRST);
        int capacity = Math.min(HighPages.FIRST, Math.max(low, Math.min(maxPages, 16))) * CHUNKS_PER_PAGE;
        this.read = new byte[capacity][];
        Arrays.fill(read, 0, low * CHUNKS_PER_PAGE, ZERO_CHUNK);
        if (pages > HighPages.FIRST) {
            high.add(0, pages - HighPages.FIRST, maxPages - HighPages.FIRST);
        }
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
        int lowWanted = Math.min(wanted, HighPages.FIRST);
        if (lowWanted * CHUNKS_PER_PAGE > read.length) {
            int capacity = (int) Math.min(Math.min(maxPages, HighPages.FIRST),
                    Math.max(lowWanted, 2L * read.length / CHUNKS_PER_PAGE)) * CHUNKS_PER_PAGE;
            read = Arrays.copyOf(read, capacity);
        }
        if (previous < lowWanted) {
            Arrays.fill(read, previous * CHUNKS_PER_PAGE, lowWanted * CHUNKS_PER_PAGE, ZERO_CHUNK);
        }
        if (wanted > HighPages.FIRST) {
            high.add(Math.max(previous, HighPages.FIRST) - HighPages.FIRST, wanted - HighPages.FIRST,
                    maxPages - HighPages.FIRST);
        }
        pages = wanted;
        return previous;
    }

    /**
     * Applies the active segments of another instance that imports this memory ({@link MemoryView}), keeping this
     * memory's own passive segments for {@code memory.init}.
     */
    @Override
    public void applySegments(Instance instance, DataSegment[] segments, int memoryIndex) {
        if (segments == null) {
            return;
        }
        if (pristine && image != null && image.madeFrom(segments, memoryIndex) && image.pageCount() <= pages) {
            image.installInto(read);
            pristine = false;
            return;
        }
        writeActiveSegments(instance, segments, memoryIndex);
    }

    // --- page access -------------------------------------------------------------------------------------------

    private byte[] writable(int addr) {
        byte[] chunk = read[addr >>> CHUNK_SHIFT];
        return chunk.length == CHUNK_SIZE ? chunk : own(addr >>> CHUNK_SHIFT);
    }

    private byte[] own(int index) {
        if (index >= Math.min(pages, HighPages.FIRST) * CHUNKS_PER_PAGE) {
            throw new IndexOutOfBoundsException(index);
        }
        byte[] shared = read[index];
        byte[] copy;
        if (shared == ZERO_CHUNK) {
            copy = new byte[CHUNK_SIZE];
            PagedMemoryStats.ZERO_CHUNKS_ALLOCATED.increment();
        } else {
            copy = Arrays.copyOf(shared, CHUNK_SIZE);
            PagedMemoryStats.IMAGE_CHUNKS_COPIED.increment();
        }
        read[index] = copy;
        pristine = false;
        return copy;
    }

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

    /** The trap of an access of {@code size} bytes at {@code addr} that is out of bounds. */
    private WasmRuntimeException outOfBounds(int addr, int size) {
        return new WasmRuntimeException("out of bounds memory access: attempted to access address: " + addr
                + " but limit is: " + sizeInBytes() + " and size: " + size);
    }

    // --- unsigned (host) access ---------------------------------------------------------------------------------

    @Override
    public long byteLength() {
        return sizeInBytes();
    }

    @Override
    public void readAt(long address, byte[] dst, int offset, int length) {
        checkUnsigned(address, length, dst.length, offset);
        while (length > 0) {
            int index = (int) (address >>> PAGE_SHIFT);
            boolean low = index < HighPages.FIRST;
            int inPage = (int) (address & (low ? CHUNK_MASK : PAGE_MASK));
            int chunk = Math.min(length, (low ? CHUNK_SIZE : PAGE_SIZE) - inPage);
            byte[] page = low ? read[(int) (address >>> CHUNK_SHIFT)] : high.forRead(index - HighPages.FIRST);
            System.arraycopy(page, inPage, dst, offset, chunk);
            address += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    @Override
    public void writeAt(long address, byte[] src, int offset, int length) {
        checkUnsigned(address, length, src.length, offset);
        while (length > 0) {
            int index = (int) (address >>> PAGE_SHIFT);
            boolean low = index < HighPages.FIRST;
            int inPage = (int) (address & (low ? CHUNK_MASK : PAGE_MASK));
            int chunk = Math.min(length, (low ? CHUNK_SIZE : PAGE_SIZE) - inPage);
            byte[] page = low ? writable((int) address) : high.forWrite(index - HighPages.FIRST);
            pristine = false;
            System.arraycopy(src, offset, page, inPage, chunk);
            address += chunk;
            offset += chunk;
            length -= chunk;
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
        while (size > 0) {
            int inPage = addr & CHUNK_MASK;
            int chunk = Math.min(size, CHUNK_SIZE - inPage);
            System.arraycopy(data, offset, writable(addr), inPage, chunk);
            addr += chunk;
            offset += chunk;
            size -= chunk;
        }
    }

    @Override
    public byte[] readBytes(int addr, int len) {
        checkBounds(addr, len, false);
        byte[] result = new byte[len];
        int done = 0;
        while (done < len) {
            int inPage = addr & CHUNK_MASK;
            int chunk = Math.min(len - done, CHUNK_SIZE - inPage);
            System.arraycopy(read[addr >>> CHUNK_SHIFT], inPage, result, done, chunk);
            addr += chunk;
            done += chunk;
        }
        return result;
    }

    @Override
    public void zero() {
        if (pristine) {
            return;
        }
        int low = Math.min(pages, HighPages.FIRST);
        Arrays.fill(read, 0, low * CHUNKS_PER_PAGE, ZERO_CHUNK);
        if (pages > HighPages.FIRST) {
            high.zero(pages - HighPages.FIRST);
        }
        pristine = true;
    }

    @Override
    public void fill(byte value, int fromIndex, int toIndex) {
        int addr = fromIndex;
        int remaining = toIndex - fromIndex;
        checkBounds(addr, remaining, false);
        while (remaining > 0) {
            int inPage = addr & CHUNK_MASK;
            int chunk = Math.min(remaining, CHUNK_SIZE - inPage);
            if (!(value == 0 && read[addr >>> CHUNK_SHIFT] == ZERO_CHUNK)) {
                Arrays.fill(writable(addr), inPage, inPage + chunk, value);
            }
            addr += chunk;
            remaining -= chunk;
        }
    }

    @Override
    public void copy(int dest, int src, int size) {
        checkBounds(dest, size, false);
        checkBounds(src, size, false);
        if (dest > src && dest < (long) src + size) { // long: src + size may be exactly 2 GiB
            dest += size;
            src += size;
            while (size > 0) {
                int destAvail = (dest & CHUNK_MASK) == 0 ? CHUNK_SIZE : dest & CHUNK_MASK;
                int srcAvail = (src & CHUNK_MASK) == 0 ? CHUNK_SIZE : src & CHUNK_MASK;
                int chunk = Math.min(size, Math.min(destAvail, srcAvail));
                dest -= chunk;
                src -= chunk;
                byte[] to = writable(dest);
                System.arraycopy(read[src >>> CHUNK_SHIFT], src & CHUNK_MASK, to, dest & CHUNK_MASK, chunk);
                size -= chunk;
            }
        } else {
            while (size > 0) {
                int chunk = Math.min(size, CHUNK_SIZE - Math.max(dest & CHUNK_MASK, src & CHUNK_MASK));
                byte[] to = writable(dest);
                System.arraycopy(read[src >>> CHUNK_SHIFT], src & CHUNK_MASK, to, dest & CHUNK_MASK, chunk);
                dest += chunk;
                src += chunk;
                size -= chunk;
            }
        }
    }

    // --- scalars -----------------------------------------------------------------------------------------------
    //
    // Each accessor is a small fast path (the access lies inside one chunk that is there, and for a store already
    // owned) with everything else out of line. Small in bytecode on purpose: C2 stops inlining into a method once
    // the bytecode inlined into it reaches DesiredMethodLimit (8000 bytes, the method's own size included), and the
    // split guest methods are thousands of bytes, so each byte an accessor takes is a load or store elsewhere in
    // that method left as a call (see bench/README.md, "Memory accessors"). Out of bounds below the chunk table's
    // end shows up as a null chunk, past it as an index outside the table: both end in the handler.

    @Override
    public byte read(int addr) {
        try {
            return read[addr >>> CHUNK_SHIFT][addr & CHUNK_MASK];
        } catch (RuntimeException e) {
            throw outOfBounds(addr, 1);
        }
    }

    @Override
    public short readShort(int addr) {
        int off = addr & CHUNK_MASK;
        if (off > CHUNK_SIZE - 2) {
            return (short) readAcross(addr, 2);
        }
        try {
            return (short) SHORT.get(read[addr >>> CHUNK_SHIFT], off);
        } catch (RuntimeException e) {
            throw outOfBounds(addr, 2);
        }
    }

    @Override
    public int readInt(int addr) {
        int off = addr & CHUNK_MASK;
        if (off > CHUNK_SIZE - 4) {
            return (int) readAcross(addr, 4);
        }
        try {
            return (int) INT.get(read[addr >>> CHUNK_SHIFT], off);
        } catch (RuntimeException e) {
            throw outOfBounds(addr, 4);
        }
    }

    @Override
    public long readLong(int addr) {
        int off = addr & CHUNK_MASK;
        if (off > CHUNK_SIZE - 8) {
            return readAcross(addr, 8);
        }
        try {
            return (long) LONG.get(read[addr >>> CHUNK_SHIFT], off);
        } catch (RuntimeException e) {
            throw outOfBounds(addr, 8);
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
            byte[] chunk = read[addr >>> CHUNK_SHIFT];
            if (chunk.length == CHUNK_SIZE) {
                chunk[addr & CHUNK_MASK] = data;
                return;
            }
        } catch (RuntimeException e) {
            throw outOfBounds(addr, 1);
        }
        writeSlow(addr, data, 1);
    }

    @Override
    public void writeShort(int addr, short data) {
        int off = addr & CHUNK_MASK;
        try {
            byte[] chunk = read[addr >>> CHUNK_SHIFT];
            if (chunk.length == CHUNK_SIZE && off <= CHUNK_SIZE - 2) {
                SHORT.set(chunk, off, data);
                return;
            }
        } catch (RuntimeException e) {
            throw outOfBounds(addr, 2);
        }
        writeSlow(addr, data, 2);
    }

    @Override
    public void writeI32(int addr, int data) {
        int off = addr & CHUNK_MASK;
        try {
            byte[] chunk = read[addr >>> CHUNK_SHIFT];
            if (chunk.length == CHUNK_SIZE && off <= CHUNK_SIZE - 4) {
                INT.set(chunk, off, data);
                return;
            }
        } catch (RuntimeException e) {
            throw outOfBounds(addr, 4);
        }
        writeSlow(addr, data, 4);
    }

    @Override
    public void writeLong(int addr, long data) {
        int off = addr & CHUNK_MASK;
        try {
            byte[] chunk = read[addr >>> CHUNK_SHIFT];
            if (chunk.length == CHUNK_SIZE && off <= CHUNK_SIZE - 8) {
                LONG.set(chunk, off, data);
                return;
            }
        } catch (RuntimeException e) {
            throw outOfBounds(addr, 8);
        }
        writeSlow(addr, data, 8);
    }

    @Override
    public void writeF32(int addr, float data) {
        writeI32(addr, Float.floatToRawIntBits(data));
    }

    @Override
    public void writeF64(int addr, double data) {
        writeLong(addr, Double.doubleToRawLongBits(data));
    }

    /** A load of {@code width} bytes that crosses a chunk edge (or traps), little-endian. */
    private long readAcross(int addr, int width) {
        checkBounds(addr, width, false);
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            int a = addr + i;
            value = (value << 8) | (read[a >>> CHUNK_SHIFT][a & CHUNK_MASK] & 0xFFL);
        }
        return value;
    }

    /**
     * A store of the low {@code width} bytes of {@code value} whose chunk is not owned yet, that crosses a chunk
     * edge, or that traps (then writing nothing).
     */
    private void writeSlow(int addr, long value, int width) {
        checkBounds(addr, width, false);
        int off = addr & CHUNK_MASK;
        if (off > CHUNK_SIZE - width) {
            for (int i = 0; i < width; i++) {
                int a = addr + i;
                writable(a)[a & CHUNK_MASK] = (byte) (value >>> (8 * i));
            }
            return;
        }
        byte[] chunk = writable(addr);
        switch (width) {
            case 1 -> chunk[off] = (byte) value;
            case 2 -> SHORT.set(chunk, off, (short) value);
            case 4 -> INT.set(chunk, off, (int) value);
            default -> LONG.set(chunk, off, value);
        }
    }
}
