package dev.weft.component.ast;

import java.util.List;

/** {@code core:instance}: a core instance definition. */
public sealed interface CoreInstance {

    long offset();

    /** {@code 0x00 m:moduleidx arg*:vec(core:instantiatearg)}: instantiate core module {@code moduleIndex}. */
    record Instantiate(long moduleIndex, List<Arg> args, long offset) implements CoreInstance {
        public Instantiate {
            args = List.copyOf(args);
        }
    }

    /** {@code 0x01 e*:vec(core:inlineexport)}: a core instance made of existing core definitions. */
    record FromExports(List<Export> exports, long offset) implements CoreInstance {
        public FromExports {
            exports = List.copyOf(exports);
        }
    }

    /** {@code core:instantiatearg ::= n:core:name 0x12 i:instanceidx}: {@code (with n (instance i))}. */
    record Arg(String name, long instanceIndex) {}

    /** {@code core:inlineexport ::= n:core:name si:core:sortidx}. */
    record Export(String name, CoreSortIndex target) {}
}
