package dev.weft.runtime.link;

import dev.weft.component.ast.Canon;
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

    private static int memoryOnly(long memoryIndex, PlanEnv env, PlanBuilder plan) throws InstantiationException {
        int memory = PlanEnv.at(env.coreMemories, memoryIndex, "core memory");
        return plan.options(new PlanOptions(memory, memoryIndex, -1, -1, StringEncoding.UTF8));
    }
}
