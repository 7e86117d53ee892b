package dev.weft.component.ast;

import java.util.List;

/** {@code instance}: a component instance definition. */
public sealed interface Instance {

    long offset();

    /** {@code 0x00 c:componentidx arg*:vec(instantiatearg)}. */
    record Instantiate(long componentIndex, List<Arg> args, long offset) implements Instance {
        public Instantiate {
            args = List.copyOf(args);
        }
    }

    /** {@code 0x01 e*:vec(inlineexport)}. */
    record FromExports(List<Export> exports, long offset) implements Instance {
        public FromExports {
            exports = List.copyOf(exports);
        }
    }

    /** {@code instantiatearg ::= n:name si:sortidx}: {@code (with n si)}. */
    record Arg(String name, SortIndex target) {}

    /** {@code inlineexport ::= na:nameattributes si:sortidx}. */
    record Export(ExternName name, SortIndex target) {}
}
