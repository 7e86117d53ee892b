package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.BorrowScope;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.SubtaskScope;
import dev.weft.runtime.resource.TaskScope;
import dev.weft.value.StringOrigin;
import dev.weft.value.StringVal;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything one lift or lower needs (the spec's {@code LiftLowerContext}): the canon options, the instance
 * whose memory and handle table are used, the borrow scope of the call and the layout cache.
 */
public final class LiftLowerContext {
    private final CanonOptions options;
    private final InstanceState instance;
    private final BorrowScope borrowScope;
    private final TypeLayouts layouts;
    private boolean hostStringsAsUtf8 = true;
    private boolean fromHost;
    private String callee;

    public LiftLowerContext(CanonOptions options, InstanceState instance, BorrowScope borrowScope,
                            TypeLayouts layouts) {
        this.options = Objects.requireNonNull(options, "options");
        this.instance = Objects.requireNonNull(instance, "instance");
        this.borrowScope = borrowScope;
        this.layouts = Objects.requireNonNull(layouts, "layouts");
    }

    /**
     * Host strings are lowered into UTF-8 guests as UTF-8 (one exactly sized realloc, as Wasmtime's hosts do; the
     * WASI preview1 adapter's import allocator needs that). Tests that replay definitions.py with its
     * latin1+utf16 host strings switch this off.
     */
    public LiftLowerContext withHostStringsAsLatin1OrUtf16() {
        this.hostStringsAsUtf8 = false;
        return this;
    }

    /** Names the function whose arguments are lowered through this context (for messages). */
    public LiftLowerContext calling(String function) {
        this.callee = function;
        return this;
    }

    /** The function whose arguments are lowered through this context, or {@code null} if not known. */
    public String callee() {
        return callee;
    }

    /** Marks the values lowered through this context as the host's (arguments of a call the host makes). */
    public LiftLowerContext withHostValues() {
        this.fromHost = true;
        return this;
    }

    /** True when the values lowered through this context come from the host (see {@link #withHostValues}). */
    public boolean fromHost() {
        return fromHost;
    }

    /** The source encoding used for a host string {@code s} lowered through this context. */
    public SourceString hostString(String s) throws Trap {
        return hostStringsAsUtf8 ? SourceString.ofHost(s, options.encoding()) : SourceString.ofHost(s);
    }

    /**
     * The source encoding used for {@code v} lowered through this context: the guest encoding and code units it
     * was lifted with when it carries an {@link StringVal#origin() origin}, else that of a {@link #hostString host
     * string}.
     */
    public SourceString source(StringVal v) throws Trap {
        Optional<StringOrigin> origin = v.origin();
        return origin.isPresent() ? SourceString.of(origin.get(), v.value()) : hostString(v.value());
    }

    public CanonOptions options() {
        return options;
    }

    public InstanceState instance() {
        return instance;
    }

    public TypeLayouts layouts() {
        return layouts;
    }

    public GuestMemory memory() throws Trap {
        return options.requireMemory();
    }

    /** The callee-side scope (needed to lower a {@code borrow}). */
    public TaskScope taskScope() throws Trap {
        if (borrowScope instanceof TaskScope t) {
            return t;
        }
        throw new Trap(TrapKind.COMPONENT_MODEL,
                "borrow handles can only be lowered as arguments of a call into a component");
    }

    /** The caller-side scope (needed to lift a {@code borrow}). */
    public SubtaskScope subtaskScope() throws Trap {
        if (borrowScope instanceof SubtaskScope s) {
            return s;
        }
        throw new Trap(TrapKind.COMPONENT_MODEL,
                "borrow handles can only be lifted as arguments of a call out of a component");
    }

    /**
     * Calls the guest's {@code realloc}; {@code may_leave} is cleared while it runs. Sizes are u32s in longs.
     *
     * @return the new pointer as an unsigned value
     */
    public long reallocate(long originalPtr, long originalSize, int alignment, long newSize) throws Trap {
        Realloc realloc = options.requireRealloc();
        if (newSize > 0xFFFF_FFFFL) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "allocation of " + newSize + " bytes exceeds the 32-bit address space");
        }
        instance.checkMayLeave("realloc");
        instance.setMayLeave(false);
        int ptr;
        try {
            ptr = realloc.realloc((int) originalPtr, (int) originalSize, alignment, (int) newSize);
        } finally {
            instance.setMayLeave(true);
        }
        return Integer.toUnsignedLong(ptr);
    }

    public long allocate(int alignment, long size) throws Trap {
        return reallocate(0, 0, alignment, size);
    }

    /** Traps unless {@code [ptr, ptr+length)} lies inside memory. */
    public void checkBounds(long ptr, long length, String what) throws Trap {
        GuestMemory memory = memory();
        if (!memory.contains(ptr, length)) {
            long memLength = memory.byteLength();
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    what + " at " + ptr + " of " + length + " bytes is out of bounds of memory ("
                    + memLength + " bytes)");
        }
    }

    /** Traps unless {@code ptr} is a multiple of {@code alignment}. */
    public static void checkAlignment(long ptr, int alignment, String what) throws Trap {
        if (ptr % alignment != 0) {
            throw new Trap(TrapKind.COMPONENT_MODEL, what + " pointer " + ptr + " is not aligned to " + alignment);
        }
    }
}
