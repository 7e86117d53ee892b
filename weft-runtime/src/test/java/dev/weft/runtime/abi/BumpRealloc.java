package dev.weft.runtime.abi;

import dev.weft.error.Trap;

import java.util.ArrayList;
import java.util.List;

/**
 * Test double: a bump allocator that copies {@code min(oldSize, newSize)} bytes like a real realloc and logs
 * every call as {@code old/oldSize/align/newSize=>ptr} (the same allocator as the Python oracle's).
 */
final class BumpRealloc implements Realloc {
    private final ByteArrayMemory memory;
    long next = 16;
    final List<String> log = new ArrayList<>();

    BumpRealloc(ByteArrayMemory memory) {
        this.memory = memory;
    }

    @Override
    public int realloc(int originalPtr, int originalSize, int alignment, int newSize) throws Trap {
        long ptr = (next + alignment - 1) / alignment * alignment;
        next = ptr + Integer.toUnsignedLong(newSize);
        int n = Math.min(originalSize, newSize);
        if (ptr + n > memory.bytes.length) {
            throw new Trap("test allocator out of memory");
        }
        System.arraycopy(memory.bytes, originalPtr, memory.bytes, (int) ptr, n);
        log.add(Integer.toUnsignedString(originalPtr) + "/" + originalSize + "/" + alignment + "/" + newSize + "=>"
                + ptr);
        return (int) ptr;
    }
}
