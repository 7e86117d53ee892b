package dev.weft.runtime.engine;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import run.endive.runtime.MemCopyWorkaround;

/**
 * A peephole pass over the classes Endive 1.0.0 generates for a module, run before they are loaded and cached. It
 * changes no result; it only makes the guest's methods smaller, so that C2's inlining budget (8 000 bytecode bytes
 * per compile, the root method and every inlined callee counted) goes further, and C1 code does less:
 * <ul>
 *   <li>{@link BranchFusion}: a wasm comparison that only feeds a branch ({@code i32.eqz; br_if} and the like),
 *   which Endive emits as a call to {@code OpcodeImpl.I32_EQZ} (0 or 1) and then {@code ifne}, becomes one JVM
 *   compare-and-branch ({@code ifeq}, {@code if_icmplt}, {@code lcmp; ifge}, {@code Integer.compareUnsigned;
 *   iflt}, ...; {@code i32.ge_u}, emitted as a call to the generated {@code Shaded.i32_ge_u}, too);</li>
 *   <li>when {@code dropCallChecks}: the {@code checkInterruption()} call Endive emits before every wasm
 *   {@code call} and at the entry of every {@code call_indirect} helper is dropped. The checks at loop back-edges
 *   (a check directly before a {@code goto} or a {@code tableswitch}/{@code lookupswitch}: Endive emits them
 *   nowhere else) stay, so a looping guest is still interrupted; unbounded recursion ends in a stack overflow
 *   (a trap) as before. Not done for modules with tail calls, whose {@code return_call} loops run through
 *   Endive's runtime without a back-edge in generated code.</li>
 * </ul>
 */
final class GeneratedCodePass {
    /** Bump when the output changes; part of compile-cache keys ({@link #cacheTag}). */
    static final int VERSION = 3;

    private static final String CHECK_INTERRUPTION = "checkInterruption";
    private static final String OPCODE_IMPL = "run/endive/runtime/OpcodeImpl";
    /**
     * Endive emits {@code i32.ge_u} as a call to the generated {@code Shaded.i32_ge_u}, which calls {@code
     * OpcodeImpl.I32_GE_U} unless the JVM is 17 or older (a C2 bug workaround, {@code MemCopyWorkaround}).
     */
    private static final String SHADED_GE_U = "i32_ge_u";

    private GeneratedCodePass() {}

    /** Filename-safe part of compile-cache keys. */
    static String cacheTag() {
        return "pp" + VERSION;
    }

    /** The class with its guest methods rewritten. */
    static byte[] apply(byte[] classBytes, boolean dropCallChecks) {
        var reader = new ClassReader(classBytes);
        var writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                return new Rewriter(mv, dropCallChecks);
            }
        }, 0);
        return writer.toByteArray();
    }

    /**
     * One-instruction look-ahead: a call to a comparison or to {@code checkInterruption} is held back until the
     * next event shows whether it can be fused or dropped; anything else (a label, a frame, another instruction)
     * emits it unchanged first.
     */
    private static final class Rewriter extends MethodVisitor {
        private final boolean dropCallChecks;
        private BranchFusion pendingCompare;
        /** The call as Endive emitted it: {@code OpcodeImpl.X}, or the generated {@code Shaded.i32_ge_u}. */
        private String pendingOwner;
        private String pendingName;
        /** {@code i32.eqz} calls after the pending comparison (each one negates it). */
        private int pendingNegations;
        private boolean pendingCheck;
        private String checkOwner;
        private int extraStack;

        Rewriter(MethodVisitor mv, boolean dropCallChecks) {
            super(Opcodes.ASM9, mv);
            this.dropCallChecks = dropCallChecks;
        }

        /** Emits what is held back, as it was. */
        private void flush() {
            if (pendingCompare != null) {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, pendingOwner, pendingName, pendingCompare.descriptor(), false);
                for (int i = 0; i < pendingNegations; i++) {
                    BranchFusion.I32_EQZ.emitOriginal(mv);
                }
                pendingCompare = null;
                pendingNegations = 0;
            }
            if (pendingCheck) {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, checkOwner, CHECK_INTERRUPTION, "()V", false);
                pendingCheck = false;
            }
        }

        /** Before an instruction other than a back-edge jump: a held-back call check is dropped. */
        private void beforeInstruction() {
            if (pendingCheck && dropCallChecks) {
                pendingCheck = false;
            }
            flush();
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (pendingCompare != null && opcode == Opcodes.INVOKESTATIC && owner.equals(OPCODE_IMPL)
                    && BranchFusion.of(name, descriptor) == BranchFusion.I32_EQZ) {
                pendingNegations++; // eqz of a 0/1 result: the comparison negated
                return;
            }
            beforeInstruction();
            if (opcode == Opcodes.INVOKESTATIC && name.equals(CHECK_INTERRUPTION) && descriptor.equals("()V")
                    && owner.endsWith("Shaded")) {
                pendingCheck = true;
                checkOwner = owner;
                return;
            }
            BranchFusion fusion = null;
            if (opcode == Opcodes.INVOKESTATIC && owner.equals(OPCODE_IMPL)) {
                fusion = BranchFusion.of(name, descriptor);
            } else if (opcode == Opcodes.INVOKESTATIC && owner.endsWith("Shaded") && name.equals(SHADED_GE_U)
                    && descriptor.equals("(II)I") && !MemCopyWorkaround.shouldUseMemWorkaround()) {
                fusion = BranchFusion.I32_GE_U; // OpcodeImpl.I32_GE_U, except on JVMs up to 17
            }
            if (fusion != null) {
                pendingCompare = fusion;
                pendingOwner = owner;
                pendingName = name;
                return;
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitJumpInsn(int opcode, org.objectweb.asm.Label label) {
            if (pendingCompare != null && (opcode == Opcodes.IFEQ || opcode == Opcodes.IFNE)) {
                boolean onTrue = (opcode == Opcodes.IFNE) ^ (pendingNegations % 2 == 1);
                extraStack = Math.max(extraStack, pendingCompare.emitBranch(mv, onTrue, label));
                pendingCompare = null;
                pendingNegations = 0;
                return;
            }
            if (opcode == Opcodes.GOTO) {
                flush(); // a check before a goto is a back-edge check: kept
            } else {
                beforeInstruction();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, org.objectweb.asm.Label dflt,
                                         org.objectweb.asm.Label... labels) {
            flush(); // a check before a switch guards a backward target: kept
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(org.objectweb.asm.Label dflt, int[] keys, org.objectweb.asm.Label[] labels) {
            flush();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitInsn(int opcode) {
            beforeInstruction();
            super.visitInsn(opcode);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            beforeInstruction();
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            beforeInstruction();
            super.visitVarInsn(opcode, varIndex);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            beforeInstruction();
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            beforeInstruction();
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, org.objectweb.asm.Handle bootstrapMethodHandle,
                                           Object... bootstrapMethodArguments) {
            beforeInstruction();
            super.visitInvokeDynamicInsn(name, descriptor, bootstrapMethodHandle, bootstrapMethodArguments);
        }

        @Override
        public void visitLdcInsn(Object value) {
            beforeInstruction();
            super.visitLdcInsn(value);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            beforeInstruction();
            super.visitIincInsn(varIndex, increment);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            beforeInstruction();
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }

        @Override
        public void visitLabel(org.objectweb.asm.Label label) {
            flush();
            super.visitLabel(label);
        }

        @Override
        public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
            flush();
            super.visitFrame(type, numLocal, local, numStack, stack);
        }

        @Override
        public void visitLineNumber(int line, org.objectweb.asm.Label start) {
            flush();
            super.visitLineNumber(line, start);
        }

        @Override
        public void visitTryCatchBlock(org.objectweb.asm.Label start, org.objectweb.asm.Label end,
                                       org.objectweb.asm.Label handler, String type) {
            flush();
            super.visitTryCatchBlock(start, end, handler, type);
        }

        @Override
        public void visitLocalVariable(String name, String descriptor, String signature, org.objectweb.asm.Label start,
                                       org.objectweb.asm.Label end, int index) {
            flush();
            super.visitLocalVariable(name, descriptor, signature, start, end, index);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            flush();
            super.visitMaxs(maxStack + extraStack, maxLocals);
        }

        @Override
        public void visitEnd() {
            flush();
            super.visitEnd();
        }
    }
}
