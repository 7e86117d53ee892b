package dev.weft.runtime.engine;

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

    private MemoryImage(List<DataSegment> madeFrom, int memoryIndex, byte[][] pages) {
        this.madeFrom = madeFrom;
        this.memoryIndex = memoryIndex;
        this.pages = pages;
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

    /** Points the first chunks of {@code read} at this image's (shared, never written) chunks. */
    void installInto(byte[][] read) {
        System.arraycopy(pages, 0, read, 0, pages.length);
    }
}
