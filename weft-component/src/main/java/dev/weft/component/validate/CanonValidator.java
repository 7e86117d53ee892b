package dev.weft.component.validate;

import dev.weft.component.ast.Canon;
import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreValType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.ValueType;
import dev.weft.error.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks {@code canon} definitions (Explainer.md "Canonical Definitions") and adds what they define. */
final class CanonValidator {
    private static final CoreValType I32 = CoreValType.I32;

    private CanonValidator() {
    }

    static void apply(Canon canon, Scope scope) throws ValidationException {
        switch (canon) {
            case Canon.Lift l -> scope.funcs.add(lift(l, scope));
            case Canon.Lower l -> scope.coreFuncs.add(lower(l, scope));
            case Canon.ResourceNew r -> {
                localResource(r.typeIndex(), scope, r.offset());
                scope.coreFuncs.add(core(List.of(I32), List.of(I32)));
            }
            case Canon.ResourceDrop r -> {
                TypeResolver.resource(r.typeIndex(), scope, r.offset());
                scope.coreFuncs.add(core(List.of(I32), List.of()));
            }
            case Canon.ResourceRep r -> {
                localResource(r.typeIndex(), scope, r.offset());
                scope.coreFuncs.add(core(List.of(I32), List.of(I32)));
            }
            case Canon.TaskReturn t -> {
                CanonOptions opts = CanonOptions.parse(t.options(), scope, t.offset());
                List<CoreValType> params = new ArrayList<>();
                if (t.result().isPresent()) {
                    ValueType result = TypeResolver.valType(t.result().get(), scope, t.offset());
                    params.addAll(Flattening.flatten(result));
                    boolean spilled = params.size() > Flattening.MAX_FLAT_PARAMS;
                    if (spilled) {
                        params = List.of(I32);
                    }
                    if (spilled || Flattening.usesMemory(result)) {
                        opts.requireMemory("task.return of a result passed through memory");
                    }
                }
                if (opts.postReturn().isPresent() || opts.async() || opts.callback().isPresent()) {
                    throw new ValidationException("task.return may only have the string-encoding and memory options",
                            t.offset());
                }
                scope.coreFuncs.add(core(params, List.of()));
            }
            case Canon.BackpressureInc b -> scope.coreFuncs.add(core(List.of(), List.of()));
            case Canon.BackpressureDec b -> scope.coreFuncs.add(core(List.of(), List.of()));
            case Canon.TaskCancel t -> scope.coreFuncs.add(core(List.of(), List.of()));
            case Canon.ContextGet c -> {
                checkContext(c.type(), c.slot(), c.offset());
                scope.coreFuncs.add(core(List.of(), List.of(I32)));
            }
            case Canon.ContextSet c -> {
                checkContext(c.type(), c.slot(), c.offset());
                scope.coreFuncs.add(core(List.of(I32), List.of()));
            }
            case Canon.SubtaskCancel s -> scope.coreFuncs.add(core(List.of(I32), List.of(I32)));
            case Canon.SubtaskDrop s -> scope.coreFuncs.add(core(List.of(I32), List.of()));
            case Canon.StreamNew s -> streamOrFuture(s.typeIndex(), true, scope, s.offset(),
                    core(List.of(), List.of(CoreValType.I64)));
            case Canon.StreamRead s -> streamRw(s.typeIndex(), true, true, s.options(), scope, s.offset(),
                    core(List.of(I32, I32, I32), List.of(I32)));
            case Canon.StreamWrite s -> streamRw(s.typeIndex(), true, false, s.options(), scope, s.offset(),
                    core(List.of(I32, I32, I32), List.of(I32)));
            case Canon.StreamCancelRead s -> streamOrFuture(s.typeIndex(), true, scope, s.offset(),
                    core(List.of(I32), List.of(I32)));
            case Canon.StreamCancelWrite s -> streamOrFuture(s.typeIndex(), true, scope, s.offset(),
                    core(List.of(I32), List.of(I32)));
            case Canon.StreamDropReadable s -> streamOrFuture(s.typeIndex(), true, scope, s.offset(),
                    core(List.of(I32), List.of()));
            case Canon.StreamDropWritable s -> streamOrFuture(s.typeIndex(), true, scope, s.offset(),
                    core(List.of(I32), List.of()));
            case Canon.FutureNew s -> streamOrFuture(s.typeIndex(), false, scope, s.offset(),
                    core(List.of(), List.of(CoreValType.I64)));
            case Canon.FutureRead s -> streamRw(s.typeIndex(), false, true, s.options(), scope, s.offset(),
                    core(List.of(I32, I32), List.of(I32)));
            case Canon.FutureWrite s -> streamRw(s.typeIndex(), false, false, s.options(), scope, s.offset(),
                    core(List.of(I32, I32), List.of(I32)));
            case Canon.FutureCancelRead s -> streamOrFuture(s.typeIndex(), false, scope, s.offset(),
                    core(List.of(I32), List.of(I32)));
            case Canon.FutureCancelWrite s -> streamOrFuture(s.typeIndex(), false, scope, s.offset(),
                    core(List.of(I32), List.of(I32)));
            case Canon.FutureDropReadable s -> streamOrFuture(s.typeIndex(), false, scope, s.offset(),
                    core(List.of(I32), List.of()));
            case Canon.FutureDropWritable s -> streamOrFuture(s.typeIndex(), false, scope, s.offset(),
                    core(List.of(I32), List.of()));
            case Canon.ErrorContextNew e -> {
                CanonOptions.parse(e.options(), scope, e.offset()).requireMemory("error-context.new reads a string");
                scope.coreFuncs.add(core(List.of(I32, I32), List.of(I32)));
            }
            case Canon.ErrorContextDebugMessage e -> {
                CanonOptions opts = CanonOptions.parse(e.options(), scope, e.offset());
                opts.requireMemory("error-context.debug-message writes a string");
                opts.requireRealloc("error-context.debug-message allocates a string");
                scope.coreFuncs.add(core(List.of(I32, I32), List.of()));
            }
            case Canon.ErrorContextDrop e -> scope.coreFuncs.add(core(List.of(I32), List.of()));
            case Canon.WaitableSetNew w -> scope.coreFuncs.add(core(List.of(), List.of(I32)));
            case Canon.WaitableSetWait w -> {
                scope.coreMemories.get(w.memoryIndex(), w.offset());
                scope.coreFuncs.add(core(List.of(I32, I32), List.of(I32)));
            }
            case Canon.WaitableSetPoll w -> {
                scope.coreMemories.get(w.memoryIndex(), w.offset());
                scope.coreFuncs.add(core(List.of(I32, I32), List.of(I32)));
            }
            case Canon.WaitableSetDrop w -> scope.coreFuncs.add(core(List.of(I32), List.of()));
            case Canon.WaitableJoin w -> scope.coreFuncs.add(core(List.of(I32, I32), List.of()));
            case Canon.ThreadIndex t -> scope.coreFuncs.add(core(List.of(), List.of(I32)));
            case Canon.ThreadNewIndirect t -> {
                scope.coreTypes.get(t.coreTypeIndex(), t.offset());
                scope.coreTables.get(t.tableIndex(), t.offset());
                scope.coreFuncs.add(core(List.of(I32, I32), List.of(I32)));
            }
            case Canon.ThreadResumeLater t -> scope.coreFuncs.add(core(List.of(I32), List.of()));
            case Canon.ThreadSuspend t -> scope.coreFuncs.add(core(List.of(), List.of(I32)));
            case Canon.ThreadYield t -> scope.coreFuncs.add(core(List.of(), List.of(I32)));
            case Canon.ThreadSuspendThenResume t -> scope.coreFuncs.add(core(List.of(I32), List.of(I32)));
            case Canon.ThreadYieldThenResume t -> scope.coreFuncs.add(core(List.of(I32), List.of(I32)));
            case Canon.ThreadSuspendThenPromote t -> scope.coreFuncs.add(core(List.of(I32), List.of(I32)));
            case Canon.ThreadYieldThenPromote t -> scope.coreFuncs.add(core(List.of(I32), List.of(I32)));
            case Canon.ThreadSpawnRef t -> {
                scope.coreTypes.get(t.coreTypeIndex(), t.offset());
                scope.coreFuncs.add(core(List.of(CoreValType.FUNCREF, I32), List.of(I32)));
            }
            case Canon.ThreadSpawnIndirect t -> {
                scope.coreTypes.get(t.coreTypeIndex(), t.offset());
                scope.coreTables.get(t.tableIndex(), t.offset());
                scope.coreFuncs.add(core(List.of(I32, I32), List.of(I32)));
            }
            case Canon.ThreadAvailableParallelism t -> scope.coreFuncs.add(core(List.of(), List.of(I32)));
        }
    }

    private static CoreFuncType core(List<CoreValType> params, List<CoreValType> results) {
        return new CoreFuncType(params, results);
    }

    private static void checkContext(dev.weft.component.ast.CoreValType type, long slot, long offset)
            throws ValidationException {
        if (CoreTypeResolver.valType(type) != I32) {
            throw new ValidationException("context.get/set only support i32 slots", offset);
        }
        if (slot > 1) {
            throw new ValidationException("context slot " + slot + " out of range (max 1)", offset);
        }
    }

    private static void streamOrFuture(long typeIndex, boolean stream, Scope scope, long offset, CoreFuncType type)
            throws ValidationException {
        TypeDefinition def = scope.types.get(typeIndex, offset);
        boolean ok = stream ? def instanceof dev.weft.component.types.StreamType
                : def instanceof dev.weft.component.types.FutureType;
        if (!ok) {
            throw new ValidationException("type index " + typeIndex + " is not a " + (stream ? "stream" : "future")
                    + " type", offset);
        }
        scope.coreFuncs.add(type);
    }

    /**
     * {@code stream.read/write}, {@code future.read/write}: a value type needs {@code memory}; only a read, which
     * lowers the values into the reader's memory, needs {@code realloc} for elements holding lists or strings.
     */
    private static void streamRw(long typeIndex, boolean stream, boolean read,
            List<dev.weft.component.ast.CanonOpt> options,
            Scope scope, long offset, CoreFuncType type) throws ValidationException {
        CanonOptions opts = CanonOptions.parse(options, scope, offset);
        streamOrFuture(typeIndex, stream, scope, offset, type);
        TypeDefinition def = scope.types.get(typeIndex, offset);
        Optional<ValueType> element = def instanceof dev.weft.component.types.StreamType s ? s.element()
                : ((dev.weft.component.types.FutureType) def).element();
        if (element.isPresent()) {
            opts.requireMemory((stream ? "stream" : "future") + " read/write copies values through memory");
            if (read && Flattening.usesMemory(element.get())) {
                opts.requireRealloc((stream ? "stream" : "future") + " elements need allocation");
            }
        }
    }

    private static ResourceType localResource(long typeIndex, Scope scope, long offset) throws ValidationException {
        ResourceType r = TypeResolver.resource(typeIndex, scope, offset);
        if (!scope.definedResources.containsKey(r)) {
            throw new ValidationException("type index " + typeIndex + " is not a local resource", offset);
        }
        return r;
    }

    private static FuncType lift(Canon.Lift l, Scope scope) throws ValidationException {
        CoreFuncType core = scope.coreFuncs.get(l.coreFuncIndex(), l.offset());
        TypeDefinition def = scope.types.get(l.typeIndex(), l.offset());
        if (!(def instanceof FuncType ft)) {
            throw new ValidationException("type index " + l.typeIndex() + " is not a function type", l.offset());
        }
        CanonOptions opts = CanonOptions.parse(l.options(), scope, l.offset());
        if (opts.async() && !ft.async()) {
            throw new ValidationException("the `async` canonical option requires an async function type (type "
                    + l.typeIndex() + ")", l.offset());
        }
        checkMemoryNeeds(ft, Flattening.Context.LIFT, opts);
        CoreFuncType expected = Flattening.flattenFuncType(ft, Flattening.Context.LIFT, opts.async(),
                opts.callback().isPresent());
        if (!expected.params().equals(core.params())) {
            throw new ValidationException("lowered parameter types `" + names(expected.params())
                    + "` do not match parameter types `" + names(core.params()) + "` of core function "
                    + l.coreFuncIndex(), l.offset());
        }
        if (!expected.results().equals(core.results())) {
            throw new ValidationException("lowered result types `" + names(expected.results())
                    + "` do not match result types `" + names(core.results()) + "` of core function "
                    + l.coreFuncIndex(), l.offset());
        }
        if (opts.postReturn().isPresent()) {
            if (opts.async()) {
                throw new ValidationException("canonical option `post-return` cannot be used with `async`",
                        l.offset());
            }
            CoreFuncType want = new CoreFuncType(expected.results(), List.of());
            if (!opts.postReturn().get().equals(want)) {
                throw new ValidationException("canonical option `post-return` uses a core function with an incorrect "
                        + "signature: expected " + want + ", found " + opts.postReturn().get(), l.offset());
            }
        }
        if (opts.callback().isPresent()) {
            CoreFuncType want = new CoreFuncType(List.of(I32, I32, I32), List.of(I32));
            if (!opts.callback().get().equals(want)) {
                throw new ValidationException("canonical option `callback` uses a core function with an incorrect "
                        + "signature: expected " + want + ", found " + opts.callback().get(), l.offset());
            }
        }
        return ft;
    }

    private static CoreFuncType lower(Canon.Lower l, Scope scope) throws ValidationException {
        FuncType ft = scope.funcs.get(l.funcIndex(), l.offset());
        CanonOptions opts = CanonOptions.parse(l.options(), scope, l.offset());
        if (opts.async() && !ft.async()) {
            throw new ValidationException("the `async` canonical option requires an async function type (func "
                    + l.funcIndex() + ")", l.offset());
        }
        if (opts.postReturn().isPresent()) {
            throw new ValidationException("canonical option `post-return` cannot be specified for lowerings",
                    l.offset());
        }
        if (opts.callback().isPresent()) {
            throw new ValidationException("canonical option `callback` cannot be specified for lowerings",
                    l.offset());
        }
        checkMemoryNeeds(ft, Flattening.Context.LOWER, opts);
        return Flattening.flattenFuncType(ft, Flattening.Context.LOWER, opts.async(), false);
    }

    private static void checkMemoryNeeds(FuncType ft, Flattening.Context context, CanonOptions opts)
            throws ValidationException {
        boolean paramsUseMemory = ft.params().stream().anyMatch(p -> Flattening.usesMemory(p.type()));
        // an async lift returns its result through task.return, which has its own options
        boolean liftAsync = opts.async() && context == Flattening.Context.LIFT;
        boolean resultUsesMemory = !liftAsync && ft.result().map(Flattening::usesMemory).orElse(false);
        int flatParams = ft.params().stream().mapToInt(p -> Flattening.flatten(p.type()).size()).sum();
        int flatResults = ft.result().map(r -> Flattening.flatten(r).size()).orElse(0);
        int maxParams = opts.async() && context == Flattening.Context.LOWER ? Flattening.MAX_FLAT_ASYNC_PARAMS
                : Flattening.MAX_FLAT_PARAMS;
        boolean spillParams = flatParams > maxParams;
        boolean spillResults = liftAsync ? false
                : opts.async() ? flatResults > 0 : flatResults > Flattening.MAX_FLAT_RESULTS;
        if (paramsUseMemory || resultUsesMemory || spillParams || spillResults) {
            opts.requireMemory("the function type passes values through linear memory");
        }
        boolean needsRealloc = context == Flattening.Context.LIFT ? paramsUseMemory || spillParams
                : resultUsesMemory;
        if (needsRealloc) {
            opts.requireRealloc("the function type needs values allocated in linear memory");
        }
    }

    private static String names(List<CoreValType> types) {
        return types.stream().map(t -> t.name()).toList().toString();
    }
}
