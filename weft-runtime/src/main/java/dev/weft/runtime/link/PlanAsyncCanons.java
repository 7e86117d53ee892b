package dev.weft.runtime.link;

import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonOpt;
import dev.weft.component.types.FutureType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.ValueType;
import dev.weft.runtime.async.CopyEnd;
import dev.weft.runtime.async.NotYetSupported;
import dev.weft.runtime.abi.ErrorContextBuiltins;
import dev.weft.runtime.abi.StreamBuiltins;
import java.util.List;
import dev.weft.error.InstantiationException;
import dev.weft.runtime.abi.AsyncBuiltins;
import dev.weft.runtime.abi.StringEncoding;

/**
 * Plans the component-model async built-ins ({@code waitable-set.*}, {@code waitable.join}, {@code subtask.*},
 * {@code task.cancel}, {@code thread.yield}, streams, futures, error contexts) that Weft implements.
 */
final class PlanAsyncCanons {
    private PlanAsyncCanons() {
    }

    /** Plans {@code canon} if it is an implemented async built-in; false otherwise. */
    static boolean define(Canon canon, PlanEnv env, PlanBuilder plan) throws InstantiationException {
        PlanStep.AsyncBuiltinFactory factory;
        int options = -1;
        switch (canon) {
            case Canon.WaitableSetNew n -> factory = (inst, o) -> AsyncBuiltins.waitableSetNew(inst);
            case Canon.WaitableSetWait w -> {
                options = memoryOnly(w.memoryIndex(), env, plan);
                factory = (inst, o) -> AsyncBuiltins.waitableSetWait(inst, w.cancellable(), o);
            }
            case Canon.WaitableSetPoll p -> {
                options = memoryOnly(p.memoryIndex(), env, plan);
                factory = (inst, o) -> AsyncBuiltins.waitableSetPoll(inst, p.cancellable(), o);
            }
            case Canon.WaitableSetDrop d -> factory = (inst, o) -> AsyncBuiltins.waitableSetDrop(inst);
            case Canon.WaitableJoin j -> factory = (inst, o) -> AsyncBuiltins.waitableJoin(inst);
            case Canon.SubtaskDrop d -> factory = (inst, o) -> AsyncBuiltins.subtaskDrop(inst);
            case Canon.SubtaskCancel c -> factory = (inst, o) -> AsyncBuiltins.subtaskCancel(inst, c.async());
            case Canon.TaskCancel c -> factory = (inst, o) -> AsyncBuiltins.taskCancel(inst);
            case Canon.ThreadYield y -> factory = (inst, o) -> AsyncBuiltins.threadYield(inst, y.cancellable());
            case Canon.StreamNew n -> {
                ValueType element = streamElement(env, n.typeIndex());
                factory = (inst, o) -> StreamBuiltins.newEnds(inst, false, element);
            }
            case Canon.FutureNew n -> {
                ValueType element = futureElement(env, n.typeIndex());
                factory = (inst, o) -> StreamBuiltins.newEnds(inst, true, element);
            }
            case Canon.StreamRead r -> {
                options = plan.options(PlanCanons.options(r.options(), env));
                factory = copy(CopyEnd.Kind.READABLE_STREAM, streamElement(env, r.typeIndex()), r.options(), plan);
            }
            case Canon.StreamWrite w -> {
                options = plan.options(PlanCanons.options(w.options(), env));
                factory = copy(CopyEnd.Kind.WRITABLE_STREAM, streamElement(env, w.typeIndex()), w.options(), plan);
            }
            case Canon.FutureRead r -> {
                options = plan.options(PlanCanons.options(r.options(), env));
                factory = copy(CopyEnd.Kind.READABLE_FUTURE, futureElement(env, r.typeIndex()), r.options(), plan);
            }
            case Canon.FutureWrite w -> {
                options = plan.options(PlanCanons.options(w.options(), env));
                factory = copy(CopyEnd.Kind.WRITABLE_FUTURE, futureElement(env, w.typeIndex()), w.options(), plan);
            }
            case Canon.StreamCancelRead c -> factory = cancel(CopyEnd.Kind.READABLE_STREAM,
                    streamElement(env, c.typeIndex()), c.async());
            case Canon.StreamCancelWrite c -> factory = cancel(CopyEnd.Kind.WRITABLE_STREAM,
                    streamElement(env, c.typeIndex()), c.async());
            case Canon.FutureCancelRead c -> factory = cancel(CopyEnd.Kind.READABLE_FUTURE,
                    futureElement(env, c.typeIndex()), c.async());
            case Canon.FutureCancelWrite c -> factory = cancel(CopyEnd.Kind.WRITABLE_FUTURE,
                    futureElement(env, c.typeIndex()), c.async());
            case Canon.StreamDropReadable d -> factory = drop(CopyEnd.Kind.READABLE_STREAM,
                    streamElement(env, d.typeIndex()));
            case Canon.StreamDropWritable d -> factory = drop(CopyEnd.Kind.WRITABLE_STREAM,
                    streamElement(env, d.typeIndex()));
            case Canon.FutureDropReadable d -> factory = drop(CopyEnd.Kind.READABLE_FUTURE,
                    futureElement(env, d.typeIndex()));
            case Canon.FutureDropWritable d -> factory = drop(CopyEnd.Kind.WRITABLE_FUTURE,
                    futureElement(env, d.typeIndex()));
            case Canon.ErrorContextNew n -> {
                options = plan.options(PlanCanons.options(n.options(), env));
                factory = (inst, o) -> ErrorContextBuiltins.newContext(inst, o, plan.cache.layouts());
            }
            case Canon.ErrorContextDebugMessage d -> {
                options = plan.options(PlanCanons.options(d.options(), env));
                factory = (inst, o) -> ErrorContextBuiltins.debugMessage(inst, o, plan.cache.layouts());
            }
            case Canon.ErrorContextDrop d -> factory = (inst, o) -> ErrorContextBuiltins.drop(inst);
            case Canon.ThreadIndex t -> factory = unsupported("thread.index");
            case Canon.ThreadNewIndirect t -> factory = unsupported("thread.new-indirect");
            case Canon.ThreadResumeLater t -> factory = unsupported("thread.resume-later");
            case Canon.ThreadSuspend t -> factory = unsupported("thread.suspend");
            case Canon.ThreadSuspendThenResume t -> factory = unsupported("thread.suspend-then-resume");
            case Canon.ThreadYieldThenResume t -> factory = unsupported("thread.yield-then-resume");
            case Canon.ThreadSuspendThenPromote t -> factory = unsupported("thread.suspend-then-promote");
            case Canon.ThreadYieldThenPromote t -> factory = unsupported("thread.yield-then-promote");
            default -> {
                return false;
            }
        }
        int out = plan.newSlot();
        plan.steps.add(new PlanStep.AsyncBuiltin(out, env.state, PlanCanons.nextCoreType(env, plan), options,
                factory));
        env.coreFuncs.add(out);
        return true;
    }

    /**
     * A built-in Weft does not implement yet (the threading ones): it checks {@code may_leave} first, as every
     * built-in does, then traps with a {@link NotYetSupported} cause.
     */
    private static PlanStep.AsyncBuiltinFactory unsupported(String builtin) {
        return (inst, o) -> args -> {
            inst.checkMayLeave(builtin);
            throw NotYetSupported.trap("canon built-in " + builtin + " (component-model threading)");
        };
    }

    /** {@code stream.read}/{@code write} and {@code future.read}/{@code write} of the given end kind. */
    private static PlanStep.AsyncBuiltinFactory copy(CopyEnd.Kind kind, ValueType element, List<CanonOpt> canonOptions,
                                                      PlanBuilder plan) {
        boolean async = isAsync(canonOptions);
        return switch (kind) {
            case READABLE_STREAM, WRITABLE_STREAM -> (inst, o) -> StreamBuiltins.streamCopy(inst, kind, element, o,
                    async, plan.cache.layouts());
            case READABLE_FUTURE, WRITABLE_FUTURE -> (inst, o) -> StreamBuiltins.futureCopy(inst, kind, element, o,
                    async, plan.cache.layouts());
        };
    }

    private static PlanStep.AsyncBuiltinFactory cancel(CopyEnd.Kind kind, ValueType element, boolean async) {
        return (inst, o) -> StreamBuiltins.cancelCopy(inst, kind, element, async);
    }

    private static PlanStep.AsyncBuiltinFactory drop(CopyEnd.Kind kind, ValueType element) {
        return (inst, o) -> StreamBuiltins.drop(inst, kind, element);
    }

    private static boolean isAsync(List<CanonOpt> options) {
        for (CanonOpt option : options) {
            if (option instanceof CanonOpt.Async) {
                return true;
            }
        }
        return false;
    }

    private static ValueType streamElement(PlanEnv env, long typeIndex) throws InstantiationException {
        TypeDefinition definition = PlanEnv.at(env.types.types(), typeIndex, "type");
        if (!(definition instanceof StreamType stream)) {
            throw new InstantiationException("type " + typeIndex + " is not a stream type");
        }
        return stream.element().map(env.resources::apply).orElse(null);
    }

    private static ValueType futureElement(PlanEnv env, long typeIndex) throws InstantiationException {
        TypeDefinition definition = PlanEnv.at(env.types.types(), typeIndex, "type");
        if (!(definition instanceof FutureType future)) {
            throw new InstantiationException("type " + typeIndex + " is not a future type");
        }
        return future.element().map(env.resources::apply).orElse(null);
    }

    private static int memoryOnly(long memoryIndex, PlanEnv env, PlanBuilder plan) throws InstantiationException {
        int memory = PlanEnv.at(env.coreMemories, memoryIndex, "core memory");
        return plan.options(new PlanOptions(memory, memoryIndex, -1, -1, StringEncoding.UTF8));
    }
}
