package dev.weft.runtime.abi;

import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.SubtaskScope;
import dev.weft.runtime.resource.TaskScope;

/** A byte-array memory, a bump realloc and an instance, with contexts for lowering and lifting. */
final class AbiFixture {
    final ByteArrayMemory memory;
    final BumpRealloc realloc;
    final InstanceState instance = new InstanceState("test");
    final TypeLayouts layouts = new TypeLayouts();
    final TaskScope task = new TaskScope("test-call");
    final SubtaskScope subtask = new SubtaskScope();
    StringEncoding encoding = StringEncoding.UTF8;

    AbiFixture(int memorySize) {
        memory = new ByteArrayMemory(memorySize);
        realloc = new BumpRealloc(memory);
    }

    AbiFixture() {
        this(4096);
    }

    AbiFixture encoding(StringEncoding e) {
        encoding = e;
        return this;
    }

    CanonOptions options() {
        return CanonOptions.of(memory, realloc, encoding);
    }

    /** Context for lowering into the guest (callee side: borrows get the task scope). */
    LiftLowerContext lowerCx() {
        // definitions.py's oracle lowers host strings as latin1+utf16
        return new LiftLowerContext(options(), instance, task, layouts).withHostStringsAsLatin1OrUtf16();
    }

    /** Context for lifting out of the guest (caller side: borrows lent to the subtask). */
    LiftLowerContext liftCx() {
        return new LiftLowerContext(options(), instance, subtask, layouts);
    }
}
