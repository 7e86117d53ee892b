package dev.weft.runtime.engine;

import static run.endive.runtime.ConstantEvaluators.computeConstantValue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import run.endive.runtime.Instance;
import run.endive.runtime.Memory;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.UninstantiableException;
import run.endive.wasm.WasmEngineException;
import run.endive.wasm.types.ActiveDataSegment;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.PassiveDataSegment;

/**
 * A non-shared linear memory made of 4 KiB chunks (16 per 64 KiB wasm page) that are copied on first write. A
 * fresh memory starts with every chunk pointing at one shared all-zero chunk, or at the chunks of a precomputed
 * {@link MemoryImage} (the module's active data segments already applied), so creating an instance neither zeroes
 * nor copies its initial memory: it pays only for the chunks the guest writes. Reads go straight to the chunk; a
 * write checks once whether this memory owns the chunk.
 *
 * <p>Out-of-bounds accesses fail as in Endive's {@code ByteArrayMemory}, with the same messages. Atomic
 * operations run as plain reads and writes under {@link #lock} (a non-shared memory has one thread at a time);
 * waiting on it is refused as Endive refuses it.
 */
final class PagedMemory implements Memory {
    /**
     * Copy-on-write granularity: 4 KiB chunks, so a guest that writes a few bytes of a 64 KiB wasm page (a return
     * area, a small heap) copies 4 KiB, not the whole page.
     */
    private static final int CHUNK_SHIFT = 12;
    static final int CHUNK_SIZE = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;
    static final int CHUNKS_PER_PAGE = PAGE_SIZE / CHUNK_SIZE;
    /** Shared by every memory, never written. */
    static final byte[] ZERO_CHUNK = new byte[CHUNK_SIZE];

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE =
            MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private final MemoryLimits limits;
    private final MemoryImage image;
    private final int maxPages;
    /** What reads see: an owned page, an image page or {@link #ZERO_CHUNK}; null from {@link #pages} on. */
    private byte[][] read;
    /** The pages this memory owns (same object as in {@link #read}), null where the page is still shared. */
    private byte[][] owned;
    private int pages;
    /** True while nothing was written since creation (the content is all zeros). */
    private boolean pristine = true;
    private DataSegment[] dataSegments = new DataSegment[0];

    /**
     * A memory of {@code limits.initialPages()} zero pages; {@code image} (may be null) is installed by
     * {@link #initialize} when that is called with the segments it was made from.
     */
    PagedMemory(MemoryLimits limits, MemoryImage image) {
        if (limits.shared()) {
            throw new IllegalArgumentException("PagedMemory is for non-shared memories");
        }
        this.limits = limits;
        this.image = image;
        this.maxPages = Math.min(limits.maximumPages(), RUNTIME_MAX_PAGES);
        this.pages = limits.initialPages();
        int capacity = Math.max(pages, Math.min(maxPages, 16)) * CHUNKS_PER_PAGE;
        this.read = new byte[capacity][];
        this.owned = new byte[capacity][];
        Arrays.fill(read, 0, pages * CHUNKS_PER_PAGE, ZERO_CHUNK);
    }

    @Override
    public int pages() {
        return pages;
    }

    @Override
    public int grow(int size) {
        int previous = pages;
        int wanted = previous + size;
        if (wanted > maxPages || wanted < previous) {
            return -1;
        }
        if (wanted * CHUNKS_PER_PAGE > read.length) {
            int capacity = (int) Math.min(maxPages, Math.max(wanted, 2L * read.length / CHUNKS_PER_PAGE))
                    * CHUNKS_PER_PAGE;
            read = Arrays.copyOf(read, capacity);
            owned = Arrays.copyOf(owned, capacity);
        }
        Arrays.fill(read, previous * CHUNKS_PER_PAGE, wanted * CHUNKS_PER_PAGE, ZERO_CHUNK);
        pages = wanted;
        return previous;
    }

    @Override
    public int initialPages() {
        return limits.initialPages();
    }

    @Override
    public int maximumPages() {
        return maxPages;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    @SuppressWarnings("removal")
    public Object lock(int address) {
        return this;
    }

    @Override
    @SuppressWarnings("removal")
    public int waitOn(int address, int expected, long timeout) {
        throw new WasmEngineException("Attempt to wait on a non-shared memory, not supported.");
    }

    @Override
    @SuppressWarnings("removal")
    public int waitOn(int address, long expected, long timeout) {
        throw new WasmEngineException("Attempt to wait on a non-shared memory, not supported.");
    }

    @Override
    @SuppressWarnings("removal")
    public int notify(int address, int maxThreads) {
        return 0;
    }

    @Override
    public void initialize(Instance instance, DataSegment[] segments) {
        initialize(instance, segments, 0);
    }

    @Override
    public void initialize(Instance instance, DataSegment[] segments, int memoryIndex) {
        this.dataSegments = segments;
        if (segments == null) {
            return;
        }
        if (pristine && image != null && image.madeFrom(segments, memoryIndex) && image.pageCount() <= pages) {
            image.installInto(read);
            pristine = false;
            return;
        }
        for (DataSegment s : segments) {
            if (s instanceof ActiveDataSegment segment) {
                if (segment.index() != memoryIndex) {
                    continue;
                }
                byte[] data = segment.data();
                int offset = (int) computeConstantValue(instance, segment.offsetInstructions())[0];
                checkBounds(offset, data.length, true);
                write(offset, data, 0, data.length);
            } else if (!(s instanceof PassiveDataSegment)) {
                throw new WasmEngineException("Data segment should be active or passive: " + s);
            }
        }
    }

    @Override
    public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
        write(dest, dataSegments[segmentId].data(), offset, size);
    }

    @Override
    public void drop(int segment) {
        dataSegments[segment] = PassiveDataSegment.EMPTY;
    }

    // --- page access -------------------------------------------------------------------------------------------

    private byte[] writable(int addr) {
        byte[] page = owned[addr >>> CHUNK_SHIFT];
        return page != null ? page : own(addr >>> CHUNK_SHIFT);
    }

    private byte[] own(int index) {
        if (index >= pages * CHUNKS_PER_PAGE) {
            throw new IndexOutOfBoundsException(index);
        }
        byte[] shared = read[index];
        byte[] copy = shared == ZERO_CHUNK ? new byte[CHUNK_SIZE] : shared.clone();
        read[index] = copy;
        owned[index] = copy;
        pristine = false;
        return copy;
    }

    private int sizeInBytes() {
        return PAGE_SIZE * pages;
    }

    private void checkBounds(int addr, int size, boolean instantiating) {
        int limit = sizeInBytes();
        if (addr < 0 || size < 0 || addr > limit || (size > 0 && (long) addr + size > limit)) {
            String message = "out of bounds memory access: attempted to access address: " + addr
                    + " but limit is: " + limit + " and size: " + size;
            throw instantiating ? new UninstantiableException(message) : new WasmRuntimeException(message);
        }
    }

    private RuntimeException outOfBounds(RuntimeException e, int addr, int size) {
        if (e instanceof IndexOutOfBoundsException || e instanceof NullPointerException) {
            return new WasmRuntimeException("out of bounds memory access: attempted to access address: " + addr
                    + " but limit is: " + sizeInBytes() + " and size: " + size);
        }
        return e;
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
        Arrays.fill(read, 0, pages * CHUNKS_PER_PAGE, ZERO_CHUNK);
        Arrays.fill(owned, 0, pages * CHUNKS_PER_PAGE, null);
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
        if (dest > src && dest < src + size) {
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

    @Override
    public byte read(int addr) {
        try {
            return read[addr >>> CHUNK_SHIFT][addr & CHUNK_MASK];
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 1);
        }
    }

    @Override
    public void writeByte(int addr, byte data) {
        try {
            writable(addr)[addr & CHUNK_MASK] = data;
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 1);
        }
    }

    @Override
    public short readShort(int addr) {
        int off = addr & CHUNK_MASK;
        if (off + 2 > CHUNK_SIZE) {
            return (short) ((read(addr) & 0xFF) | ((read(addr + 1) & 0xFF) << 8));
        }
        try {
            return (short) SHORT.get(read[addr >>> CHUNK_SHIFT], off);
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 2);
        }
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xFFFFL;
    }

    @Override
    public void writeShort(int addr, short data) {
        int off = addr & CHUNK_MASK;
        if (off + 2 > CHUNK_SIZE) {
            checkBounds(addr, 2, false);
            writeByte(addr, (byte) data);
            writeByte(addr + 1, (byte) (data >>> 8));
            return;
        }
        try {
            SHORT.set(writable(addr), off, data);
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 2);
        }
    }

    @Override
    public int readInt(int addr) {
        int off = addr & CHUNK_MASK;
        if (off + 4 > CHUNK_SIZE) {
            return (read(addr) & 0xFF) | ((read(addr + 1) & 0xFF) << 8) | ((read(addr + 2) & 0xFF) << 16)
                    | ((read(addr + 3) & 0xFF) << 24);
        }
        try {
            return (int) INT.get(read[addr >>> CHUNK_SHIFT], off);
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 4);
        }
    }

    @Override
    public void writeI32(int addr, int data) {
        int off = addr & CHUNK_MASK;
        if (off + 4 > CHUNK_SIZE) {
            checkBounds(addr, 4, false);
            for (int i = 0; i < 4; i++) {
                writeByte(addr + i, (byte) (data >>> (8 * i)));
            }
            return;
        }
        try {
            INT.set(writable(addr), off, data);
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 4);
        }
    }

    @Override
    public long readLong(int addr) {
        int off = addr & CHUNK_MASK;
        if (off + 8 > CHUNK_SIZE) {
            long value = 0;
            for (int i = 7; i >= 0; i--) {
                value = (value << 8) | (read(addr + i) & 0xFFL);
            }
            return value;
        }
        try {
            return (long) LONG.get(read[addr >>> CHUNK_SHIFT], off);
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 8);
        }
    }

    @Override
    public void writeLong(int addr, long data) {
        int off = addr & CHUNK_MASK;
        if (off + 8 > CHUNK_SIZE) {
            checkBounds(addr, 8, false);
            for (int i = 0; i < 8; i++) {
                writeByte(addr + i, (byte) (data >>> (8 * i)));
            }
            return;
        }
        try {
            LONG.set(writable(addr), off, data);
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 8);
        }
    }

    @Override
    public float readFloat(int addr) {
        int off = addr & CHUNK_MASK;
        if (off + 4 > CHUNK_SIZE) {
            return Float.intBitsToFloat(readInt(addr));
        }
        try {
            return (float) FLOAT.get(read[addr >>> CHUNK_SHIFT], off);
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 4);
        }
    }

    @Override
    public long readF32(int addr) {
        return readInt(addr);
    }

    @Override
    public void writeF32(int addr, float data) {
        int off = addr & CHUNK_MASK;
        if (off + 4 > CHUNK_SIZE) {
            writeI32(addr, Float.floatToRawIntBits(data));
            return;
        }
        try {
            FLOAT.set(writable(addr), off, data);
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 4);
        }
    }

    @Override
    public double readDouble(int addr) {
        int off = addr & CHUNK_MASK;
        if (off + 8 > CHUNK_SIZE) {
            return Double.longBitsToDouble(readLong(addr));
        }
        try {
            return (double) DOUBLE.get(read[addr >>> CHUNK_SHIFT], off);
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 8);
        }
    }

    @Override
    public long readF64(int addr) {
        return readLong(addr);
    }

    @Override
    public void writeF64(int addr, double data) {
        int off = addr & CHUNK_MASK;
        if (off + 8 > CHUNK_SIZE) {
            writeLong(addr, Double.doubleToRawLongBits(data));
            return;
        }
        try {
            DOUBLE.set(writable(addr), off, data);
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 8);
        }
    }
}
