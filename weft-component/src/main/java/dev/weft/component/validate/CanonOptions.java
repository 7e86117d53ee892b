package dev.weft.component.validate;

import dev.weft.component.ast.CanonOpt;
import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreMemoryType;
import dev.weft.component.types.CoreValType;
import dev.weft.error.ValidationException;

import java.util.List;
import java.util.Optional;

/**
 * The canonical options of one {@code canon} definition after the per-option checks: no option twice, at most
 * one string encoding, memory an i32 memory, realloc of type {@code (i32 i32 i32 i32) -> i32}.
 */
record CanonOptions(Optional<CanonOpt.StringEncoding> encoding, Optional<CoreMemoryType> memory,
        Optional<CoreFuncType> realloc, Optional<CoreFuncType> postReturn, boolean async,
        Optional<CoreFuncType> callback, long offset) {

    static final CoreFuncType REALLOC = new CoreFuncType(
            List.of(CoreValType.I32, CoreValType.I32, CoreValType.I32, CoreValType.I32), List.of(CoreValType.I32));

    static CanonOptions parse(List<CanonOpt> options, Scope scope, long offset) throws ValidationException {
        Optional<CanonOpt.StringEncoding> encoding = Optional.empty();
        Optional<CoreMemoryType> memory = Optional.empty();
        Optional<CoreFuncType> realloc = Optional.empty();
        Optional<CoreFuncType> postReturn = Optional.empty();
        Optional<CoreFuncType> callback = Optional.empty();
        boolean async = false;
        for (CanonOpt opt : options) {
            switch (opt) {
                case CanonOpt.StringEncodingOpt s -> {
                    if (encoding.isPresent()) {
                        throw new ValidationException("canonical encoding option `" + name(encoding.get())
                                + "` conflicts with option `" + name(s.encoding()) + "`", offset);
                    }
                    encoding = Optional.of(s.encoding());
                }
                case CanonOpt.Memory m -> {
                    if (memory.isPresent()) {
                        throw new ValidationException("canonical option `memory` is specified more than once",
                                offset);
                    }
                    CoreMemoryType mem = scope.coreMemories.get(m.memoryIndex(), offset);
                    if (mem.memory64()) {
                        throw new ValidationException("canonical option `memory` must refer to a 32-bit memory, "
                                + "memory " + m.memoryIndex() + " is 64-bit", offset);
                    }
                    memory = Optional.of(mem);
                }
                case CanonOpt.Realloc r -> {
                    if (realloc.isPresent()) {
                        throw new ValidationException("canonical option `realloc` is specified more than once",
                                offset);
                    }
                    CoreFuncType f = scope.coreFuncs.get(r.coreFuncIndex(), offset);
                    if (!f.equals(REALLOC)) {
                        throw new ValidationException("canonical option `realloc` uses a core function with an "
                                + "incorrect signature: expected " + REALLOC + ", found " + f, offset);
                    }
                    realloc = Optional.of(f);
                }
                case CanonOpt.PostReturn p -> {
                    if (postReturn.isPresent()) {
                        throw new ValidationException("canonical option `post-return` is specified more than once",
                                offset);
                    }
                    postReturn = Optional.of(scope.coreFuncs.get(p.coreFuncIndex(), offset));
                }
                case CanonOpt.Async a -> {
                    if (async) {
                        throw new ValidationException("canonical option `async` is specified more than once", offset);
                    }
                    async = true;
                }
                case CanonOpt.Callback c -> {
                    if (callback.isPresent()) {
                        throw new ValidationException("canonical option `callback` is specified more than once",
                                offset);
                    }
                    callback = Optional.of(scope.coreFuncs.get(c.coreFuncIndex(), offset));
                }
                case CanonOpt.CoreType t -> throw new ValidationException(
                        "canonical option `core-type` (GC ABI) is not supported", offset);
                case CanonOpt.Gc g -> throw new ValidationException("canonical option `gc` is not supported", offset);
            }
        }
        if (realloc.isPresent() && memory.isEmpty()) {
            throw new ValidationException("canonical option `realloc` requires `memory` to also be specified",
                    offset);
        }
        if (callback.isPresent() && !async) {
            throw new ValidationException("cannot specify callback without async", offset);
        }
        return new CanonOptions(encoding, memory, realloc, postReturn, async, callback, offset);
    }

    private static String name(CanonOpt.StringEncoding e) {
        return switch (e) {
            case UTF8 -> "utf8";
            case UTF16 -> "utf16";
            case LATIN1_UTF16 -> "latin1-utf16";
        };
    }

    void requireMemory(String why) throws ValidationException {
        if (memory.isEmpty()) {
            throw new ValidationException("canonical option `memory` is required (" + why + ")", offset);
        }
    }

    void requireRealloc(String why) throws ValidationException {
        if (realloc.isEmpty()) {
            throw new ValidationException("canonical option `realloc` is required (" + why + ")", offset);
        }
    }
}
