package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import run.endive.compiler.InterpreterFallback;
import run.endive.compiler.internal.ClassLoadingCollector;
import run.endive.compiler.internal.Compiler;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;

/**
 * {@link GeneratedCodePass} on {@code branches.wat}: every i32/i64 comparison feeding {@code br_if}, {@code if},
 * {@code i32.eqz} + {@code br_if} and {@code select}, over edge values, computes what Endive's interpreter computes;
 * the rewritten classes hold no comparison call feeding a branch and no interruption check outside loop back-edges;
 * a guest looping through calls, or round a {@code br_table}, is still stopped by an interrupt.
 */
class GeneratedCodePassTest {
    private static final byte[] WASM = TestModules.bytes("branches");
    private static final String[] OPS = {"eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u",
        "eqz"};
    private static final long[] I32_VALUES = {0, 1, -1, 2, -2, 7, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Integer.MIN_VALUE + 1, 0x7fff_fffeL, 0xffff_fffeL};
    private static final long[] I64_VALUES = {0, 1, -1, 2, -2, 7, Integer.MAX_VALUE, Integer.MIN_VALUE,
        0xffff_ffffL, 1L << 32, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1};

    private static WasmModule parse() {
        return Parser.builder().withValidation(true).build().parse(() -> new ByteArrayInputStream(WASM));
    }

    @Test
    void comparisonsBranchAsEndivesInterpreterDoes() throws Exception {
        CoreInstance compiled = TestModules.memoryOnlyEngine().compile(WASM).instantiate();
        var interpreted = run.endive.runtime.Instance.builder(parse()).build();
        int checked = 0;
        for (String type : List.of("i32", "i64")) {
            long[] values = type.equals("i32") ? I32_VALUES : I64_VALUES;
            for (String op : OPS) {
                String name = type + "_" + op;
                for (long a : values) {
                    for (long b : values) {
                        long[] expected = interpreted.export(name).apply(a, b);
                        long[] actual = compiled.function(name).call(a, b);
                        assertArrayEquals(expected, actual, name + "(" + a + ", " + b + ")");
                        checked++;
                    }
                }
            }
        }
        assertEquals(11 * (I32_VALUES.length * I32_VALUES.length + I64_VALUES.length * I64_VALUES.length), checked);
        // known answers: 14 = 2 (if) + 4 (eqz, br_if) + 8 (select) when the comparison holds, 1 (br_if) when not
        assertArrayEquals(new long[] {14}, compiled.function("i32_lt_u").call(1, 0x8000_0000L));
        assertArrayEquals(new long[] {1}, compiled.function("i32_lt_s").call(1, 0x8000_0000L));
        assertArrayEquals(new long[] {14}, compiled.function("i64_eqz").call(0, 5));
        assertArrayEquals(new long[] {1}, compiled.function("i64_gt_u").call(1, -1));
    }

    @Test
    void callsStillComputeAndLoopsStillCount() throws Exception {
        CoreInstance compiled = TestModules.memoryOnlyEngine().compile(WASM).instantiate();
        assertArrayEquals(new long[] {1000}, compiled.function("count").call(1000));
        assertArrayEquals(new long[] {0}, compiled.function("count").call(0));
    }

    @Test
    void rewrittenClassesKeepOnlyBackEdgeChecksAndNoFusableComparison() {
        Map<String, byte[]> plain = compile(false);
        Map<String, byte[]> rewritten = compile(true);
        Counts before = count(plain);
        Counts after = count(rewritten);
        assertTrue(before.fusable > 0 && before.callChecks > 0, "the plain compile has nothing to rewrite: " + before);
        assertEquals(0, after.fusable, "comparisons feeding a branch are left: " + after);
        assertEquals(0, after.callChecks, "interruption checks outside back-edges are left: " + after);
        assertEquals(before.backEdgeChecks, after.backEdgeChecks, "back-edge checks were lost");
        assertTrue(after.backEdgeChecks >= 3, "loops lost their checks: " + after);
    }

    @Test
    void aModuleWithTailCallsKeepsItsCallChecks() {
        var module = Parser.builder().build().parse(() -> new ByteArrayInputStream(TestModules.bytes("metered")));
        assertTrue(EndiveCompiler.usesTailCalls(module), "metered.wat holds return_call");
        assertFalse(EndiveCompiler.usesTailCalls(parse()));
    }

    @Test
    void aLoopOfCallsIsStillInterrupted() throws Exception {
        assertInterrupted("spin");
    }

    @Test
    void aLoopClosedByABranchTableIsStillInterrupted() throws Exception {
        assertInterrupted("spin_table", 0);
        assertInterrupted("spin_table", 1);
    }

    private static void assertInterrupted(String name, long... args) throws Exception {
        var function = TestModules.memoryOnlyEngine().compile(WASM).instantiate().function(name);
        var outcome = new CompletableFuture<Throwable>();
        var thread = new Thread(() -> {
            try {
                function.call(args);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        thread.start();
        Thread.sleep(100);
        thread.interrupt();
        Throwable result = outcome.get(30, TimeUnit.SECONDS);
        Trap trap = assertInstanceOf(Trap.class, result, name + " ended with " + result);
        assertTrue(trap.getMessage().contains("interrupted"), trap.getMessage());
    }

    private static Map<String, byte[]> compile(boolean pass) {
        var result = Compiler.builder(parse())
                .withClassName("dev.weft.gen.PassTest" + (pass ? "On" : "Off"))
                .withInterpreterFallback(InterpreterFallback.SILENT)
                .withClassCollectorFactory(pass ? () -> new PostPassCollector(true) : ClassLoadingCollector::new)
                .build()
                .compile();
        return result.collector().classBytes();
    }

    private record Counts(int fusable, int callChecks, int backEdgeChecks) {}

    /** Comparison calls followed by ifeq/ifne, and interruption checks split by what follows them. */
    private static Counts count(Map<String, byte[]> classes) {
        int[] counts = new int[3];
        for (byte[] bytes : classes.values()) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        private final List<String> last = new ArrayList<>(List.of(""));

                        private void next(String what) {
                            String previous = last.get(0);
                            if (previous.equals("compare") && (what.equals("ifeq") || what.equals("ifne"))) {
                                counts[0]++;
                            }
                            if (previous.equals("check")) {
                                counts[what.equals("goto") || what.equals("switch") ? 2 : 1]++;
                            }
                            last.set(0, what);
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                                                    boolean isInterface) {
                            if (name.equals("checkInterruption")) {
                                next("check");
                            } else if (owner.equals("run/endive/runtime/OpcodeImpl")
                                    && BranchFusion.of(name, descriptor) != null
                                    || owner.endsWith("Shaded") && name.equals("i32_ge_u")) {
                                next("compare");
                            } else {
                                next("call");
                            }
                        }

                        @Override
                        public void visitJumpInsn(int opcode, Label label) {
                            next(switch (opcode) {
                                case Opcodes.IFEQ -> "ifeq";
                                case Opcodes.IFNE -> "ifne";
                                case Opcodes.GOTO -> "goto";
                                default -> "jump";
                            });
                        }

                        @Override
                        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                            next("switch");
                        }

                        @Override
                        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                            next("switch");
                        }

                        @Override
                        public void visitInsn(int opcode) {
                            next("insn");
                        }

                        @Override
                        public void visitVarInsn(int opcode, int varIndex) {
                            next("var");
                        }

                        @Override
                        public void visitIntInsn(int opcode, int operand) {
                            next("int");
                        }

                        @Override
                        public void visitLdcInsn(Object value) {
                            next("ldc");
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                            next("field");
                        }

                        @Override
                        public void visitTypeInsn(int opcode, String type) {
                            next("type");
                        }

                        @Override
                        public void visitIincInsn(int varIndex, int increment) {
                            next("iinc");
                        }

                        @Override
                        public void visitLabel(Label label) {
                            next("label");
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        }
        return new Counts(counts[0], counts[1], counts[2]);
    }
}
