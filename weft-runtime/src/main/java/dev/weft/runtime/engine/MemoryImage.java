package dev.weft.runtime.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import run.endive.runtime.Memory;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.ActiveDataSegment;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.Instruction;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.OpCode;

/**
 * The initial content of one defined memory of a module: its active data segments applied to zero pages, computed
 * once per module so that instances share the pages (copy on write, {@link PagedMemory}) instead of zeroing and
 * copying them again. Only made when every active segment of that memory has a constant offset and fits the
 * initial size; otherwise instances initialise the memory the ordinary way (and fail as the spec says).
 */
final class MemoryImage {
    private final List<DataSegment> madeFrom;
    private final int memoryIndex;
    private final byte[][] pages;
    /** Idle flat storage holding this image, for instances that give theirs back; null when not pooled. */
    private final FlatPool pool;

    private MemoryImage(List<DataSegment> madeFrom, int memoryIndex, byte[][] pages) {
        this.madeFrom = madeFrom;
        this.memoryIndex = memoryIndex;
        this.pages = pages;
        this.pool = FlatPool.forImageOf(pages.length / PagedMemory.CHUNKS_PER_PAGE);
    }

    /** The image of defined memory {@code definedIndex} (its index in the memory index space is given). */
    static Optional<MemoryImage> of(WasmModule module, MemoryLimits limits, int memoryIndex) {
        if (limits.shared() || limits.initialPages() > Memory.RUNTIME_MAX_PAGES) {
            return Optional.empty();
        }
        DataSegment[] segments = module.dataSection().dataSegments();
        long size = (long) limits.initialPages() * Memory.PAGE_SIZE;
        byte[][] pages = new byte[limits.initialPages() * PagedMemory.CHUNKS_PER_PAGE][];
        for (DataSegment s : segments) {
            if (!(s instanceof ActiveDataSegment segment) || segment.index() != memoryIndex) {
                continue;
            }
            OptionalInt offset = constantOffset(segment.offsetInstructions());
            byte[] data = segment.data();
            if (offset.isEmpty() || Integer.toUnsignedLong(offset.getAsInt()) + data.length > size) {
                return Optional.empty();
            }
            write(pages, offset.getAsInt(), data);
        }
        for (int i = 0; i < pages.length; i++) {
            if (pages[i] == null) {
                pages[i] = PagedMemory.ZERO_CHUNK;
            }
        }
        return Optional.of(new MemoryImage(List.of(segments), memoryIndex, pages));
    }

    private static OptionalInt constantOffset(List<Instruction> expr) {
        Integer value = null;
        for (Instruction instruction : expr) {
            if (instruction.opcode() == OpCode.I32_CONST && value == null) {
                value = (int) instruction.operand(0);
            } else if (instruction.opcode() != OpCode.END) {
                return OptionalInt.empty();
            }
        }
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static void write(byte[][] pages, int addr, byte[] data) {
        int done = 0;
        while (done < data.length) {
            int page = addr / PagedMemory.CHUNK_SIZE;
            int inPage = addr & (PagedMemory.CHUNK_SIZE - 1);
            int chunk = Math.min(data.length - done, PagedMemory.CHUNK_SIZE - inPage);
            if (pages[page] == null) {
                pages[page] = new byte[PagedMemory.SHARED_LENGTH];
            }
            System.arraycopy(data, done, pages[page], inPage, chunk);
            addr += chunk;
            done += chunk;
        }
    }

    /** Initial size in wasm pages. */
    int pageCount() {
        return pages.length / PagedMemory.CHUNKS_PER_PAGE;
    }

    /**
     * True if {@code segments} are the segments this image applied (same objects), for this memory. Endive hands
     * a memory its own instance's segments, so this is a guard, not a search: it compares the count and a sample
     * of up to 64 entries.
     */
    boolean madeFrom(DataSegment[] segments, int index) {
        int n = segments.length;
        if (index != memoryIndex || n != madeFrom.size()) {
            return false;
        }
        int step = Math.max(1, n / 64);
        for (int i = 0; i < n; i += step) {
            if (segments[i] != madeFrom.get(i)) {
                return false;
            }
        }
        return n == 0 || segments[n - 1] == madeFrom.get(n - 1);
    }

    /** Copies this image's non-zero chunks into {@code flat}, which must be zeros and at least this long. */
    void copyInto(byte[] flat) {
        for (int i = 0; i < pages.length; i++) {
            if (pages[i] != PagedMemory.ZERO_CHUNK) {
                System.arraycopy(pages[i], 0, flat, i * PagedMemory.CHUNK_SIZE, PagedMemory.CHUNK_SIZE);
            }
        }
    }

    /** The pool of flat storage holding this image, or null when memories this large are not pooled. */
    FlatPool pool() {
        return pool;
    }

    private static final VarHandle MARKS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * Makes {@code flat} (which held this image before the writes {@code dirty} marks) this image again: every
     * marked chunk is copied back (zeroed where the image is zero), and the first 7 bytes of the chunk after it,
     * where a scalar store starting in the marked chunk may have spilled (stores mark only their first byte's
     * chunk). Clears the marks it used. Only marks below this image's chunk count are used (a memory that grew
     * has more); the cost is the marked chunks' bytes plus a scan of the marks, 8 at a time. Returns how many
     * chunks it restored.
     */
    int restore(byte[] flat, byte[] dirty) {
        int chunks = Math.min(pages.length, dirty.length);
        int restored = 0;
        int i = 0;
        for (; i + 8 <= chunks; i += 8) {
            if ((long) MARKS.get(dirty, i) != 0) {
                for (int j = i; j < i + 8; j++) {
                    if (dirty[j] != 0) {
                        restoreChunk(flat, j);
                        dirty[j] = 0;
                        restored++;
                    }
                }
            }
        }
        for (; i < chunks; i++) {
            if (dirty[i] != 0) {
                restoreChunk(flat, i);
                dirty[i] = 0;
                restored++;
            }
        }
        return restored;
    }

    private void restoreChunk(byte[] flat, int chunk) {
        int at = chunk * PagedMemory.CHUNK_SIZE;
        byte[] source = pages[chunk];
        if (source == PagedMemory.ZERO_CHUNK) {
            Arrays.fill(flat, at, at + PagedMemory.CHUNK_SIZE, (byte) 0);
        } else {
            System.arraycopy(source, 0, flat, at, PagedMemory.CHUNK_SIZE);
        }
        if (chunk + 1 < pages.length) {
            // a store of up to 8 bytes that starts in this chunk ends at most 7 bytes into the next
            System.arraycopy(pages[chunk + 1], 0, flat, at + PagedMemory.CHUNK_SIZE, 7);
        }
    }

    /** Points the first chunks of {@code read} at this image's (shared, never written) chunks. */
    void installInto(byte[][] read) {
        System.arraycopy(pages, 0, read, 0, pages.length);
    }
}
