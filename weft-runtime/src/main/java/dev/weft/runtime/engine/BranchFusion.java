package dev.weft.runtime.engine;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A wasm comparison Endive 1.0.0 emits as a call to {@code run.endive.runtime.OpcodeImpl} returning 0 or 1, and
 * the JVM branch it becomes when the result only feeds {@code ifne} (branch when the comparison holds) or
 * {@code ifeq} (when it does not). The operands are on the stack in wasm order (first operand deeper) in both
 * forms; {@code I32_EQ}/{@code I32_NE}/{@code I64_EQ}/{@code I64_NE} take them the other way round, which does not
 * matter for (in)equality.
 */
enum BranchFusion {
    I32_EQZ("(I)I", Kind.INT_ZERO, Opcodes.IFEQ, Opcodes.IFNE),
    I32_EQ("(II)I", Kind.INT, Opcodes.IF_ICMPEQ, Opcodes.IF_ICMPNE),
    I32_NE("(II)I", Kind.INT, Opcodes.IF_ICMPNE, Opcodes.IF_ICMPEQ),
    I32_LT_S("(II)I", Kind.INT, Opcodes.IF_ICMPLT, Opcodes.IF_ICMPGE),
    I32_GT_S("(II)I", Kind.INT, Opcodes.IF_ICMPGT, Opcodes.IF_ICMPLE),
    I32_LE_S("(II)I", Kind.INT, Opcodes.IF_ICMPLE, Opcodes.IF_ICMPGT),
    I32_GE_S("(II)I", Kind.INT, Opcodes.IF_ICMPGE, Opcodes.IF_ICMPLT),
    I32_LT_U("(II)I", Kind.INT_UNSIGNED, Opcodes.IFLT, Opcodes.IFGE),
    I32_GT_U("(II)I", Kind.INT_UNSIGNED, Opcodes.IFGT, Opcodes.IFLE),
    I32_LE_U("(II)I", Kind.INT_UNSIGNED, Opcodes.IFLE, Opcodes.IFGT),
    I32_GE_U("(II)I", Kind.INT_UNSIGNED, Opcodes.IFGE, Opcodes.IFLT),
    I64_EQZ("(J)I", Kind.LONG_ZERO, Opcodes.IFEQ, Opcodes.IFNE),
    I64_EQ("(JJ)I", Kind.LONG, Opcodes.IFEQ, Opcodes.IFNE),
    I64_NE("(JJ)I", Kind.LONG, Opcodes.IFNE, Opcodes.IFEQ),
    I64_LT_S("(JJ)I", Kind.LONG, Opcodes.IFLT, Opcodes.IFGE),
    I64_GT_S("(JJ)I", Kind.LONG, Opcodes.IFGT, Opcodes.IFLE),
    I64_LE_S("(JJ)I", Kind.LONG, Opcodes.IFLE, Opcodes.IFGT),
    I64_GE_S("(JJ)I", Kind.LONG, Opcodes.IFGE, Opcodes.IFLT),
    I64_LT_U("(JJ)I", Kind.LONG_UNSIGNED, Opcodes.IFLT, Opcodes.IFGE),
    I64_GT_U("(JJ)I", Kind.LONG_UNSIGNED, Opcodes.IFGT, Opcodes.IFLE),
    I64_LE_U("(JJ)I", Kind.LONG_UNSIGNED, Opcodes.IFLE, Opcodes.IFGT),
    I64_GE_U("(JJ)I", Kind.LONG_UNSIGNED, Opcodes.IFGE, Opcodes.IFLT);

    /** What is emitted before the branch opcode. */
    private enum Kind {
        /** nothing: the branch tests the int against 0 */
        INT_ZERO,
        /** nothing: a two-int compare-and-branch */
        INT,
        /** {@code Integer.compareUnsigned}, then a test against 0 */
        INT_UNSIGNED,
        /** {@code lconst_0; lcmp} */
        LONG_ZERO,
        /** {@code lcmp} */
        LONG,
        /** {@code Long.compareUnsigned} */
        LONG_UNSIGNED
    }

    private static final String OWNER = "run/endive/runtime/OpcodeImpl";

    private final String descriptor;
    private final Kind kind;
    private final int whenTrue;
    private final int whenFalse;

    BranchFusion(String descriptor, Kind kind, int whenTrue, int whenFalse) {
        this.descriptor = descriptor;
        this.kind = kind;
        this.whenTrue = whenTrue;
        this.whenFalse = whenFalse;
    }

    /** The comparison {@code OpcodeImpl.name} with this descriptor, or null when it is not one fused here. */
    static BranchFusion of(String name, String descriptor) {
        for (BranchFusion f : values()) {
            if (f.name().equals(name) && f.descriptor.equals(descriptor)) {
                return f;
            }
        }
        return null;
    }

    /** The call as Endive emitted it. */
    void emitOriginal(MethodVisitor mv) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, OWNER, name(), descriptor, false);
    }

    /** The JVM descriptor of the comparison's method. */
    String descriptor() {
        return descriptor;
    }

    /**
     * The fused branch: to {@code target} when the comparison holds ({@code onTrue}) or when it does not.
     *
     * @return operand-stack slots needed beyond what the call needed
     */
    int emitBranch(MethodVisitor mv, boolean onTrue, Label target) {
        int extra = 0;
        switch (kind) {
            case INT_ZERO, INT, LONG -> {
                if (kind == Kind.LONG) {
                    mv.visitInsn(Opcodes.LCMP);
                }
            }
            case INT_UNSIGNED -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Integer", "compareUnsigned",
                    "(II)I", false);
            case LONG_ZERO -> {
                mv.visitInsn(Opcodes.LCONST_0);
                mv.visitInsn(Opcodes.LCMP);
                extra = 2;
            }
            case LONG_UNSIGNED -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Long", "compareUnsigned",
                    "(JJ)I", false);
        }
        mv.visitJumpInsn(onTrue ? whenTrue : whenFalse, target);
        return extra;
    }
}
