package dev.weft.runtime.resource;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

import java.util.Optional;
import java.util.Set;

/**
 * The runtime state the canonical ABI keeps per component instance (the spec's {@code ComponentInstance}):
 * the handle table and the {@code may_leave} / {@code may_enter} flags. {@code may_leave} is cleared while the
 * instance runs {@code realloc} or {@code post-return}; {@code may_enter} is cleared while a call into the
 * instance (or a descendant) is active, so re-entrance traps. A trap leaves the instance entered, so it can never be
 * entered again (as in the spec, where a trap ends everything). Not thread-safe: one call at a time per instance.
 */
public final class InstanceState {
    private final String name;
    private final InstanceState parent;
    private final Table<HandleElement> handles;
    private final ResourceOrigins origins;
    private boolean mayLeave = true;
    private boolean mayEnter = true;
    private TaskScope currentTask;
    private int backpressure;
    private Trap poisonedBy;
    /** Async state (exclusive thread, tasks waiting to enter), made on first use by an async-lifted call. */
    private Object concurrency;
    /** Own handles of resources this instance implements that are held by no handle table (the host has them). */
    private Set<GuestRep> ownsOutsideTables = NO_REPS;
    /** {@link #ownsOutsideTables} until the first rep leaves a table (most instances never have one). */
    private static final Set<GuestRep> NO_REPS = Set.of();

    public InstanceState(String name, InstanceState parent) {
        this(name, parent, Table.MAX_LENGTH);
    }

    /** An instance whose handle table holds at most {@code maxHandles} live handles (a HANDLE_LIMIT trap past it). */
    public InstanceState(String name, InstanceState parent, int maxHandles) {
        this(name, parent, maxHandles, new ResourceOrigins());
    }

    /**
     * An instance of an instantiation whose component instances share {@code origins} (the definers of the
     * resource types the tree defines, checked when handles are lowered into it).
     */
    public InstanceState(String name, InstanceState parent, int maxHandles, ResourceOrigins origins) {
        this.name = name;
        this.parent = parent;
        this.handles = new Table<>(name, " handle", maxHandles);
        this.origins = origins;
    }

    /** The definers of the resource types defined in this instance's instantiation. */
    public ResourceOrigins resourceOrigins() {
        return origins;
    }

    public InstanceState(String name) {
        this(name, null);
    }

    public String name() {
        return name;
    }

    public Table<HandleElement> handles() {
        return handles;
    }

    public boolean mayLeave() {
        return mayLeave;
    }

    public void setMayLeave(boolean mayLeave) {
        this.mayLeave = mayLeave;
    }

    /** The task of the call running in this instance now (for {@code context.*} and {@code task.return}). */
    public Optional<TaskScope> currentTask() {
        return Optional.ofNullable(currentTask);
    }

    /** The running task, or a trap naming {@code what} needs one. */
    public TaskScope requireTask(String what) throws Trap {
        if (currentTask == null) {
            throw new Trap(TrapKind.COMPONENT_MODEL, what + " called in instance " + name + " outside of a task");
        }
        return currentTask;
    }

    /** Makes {@code task} the running task; returns the one it replaces (to restore with this method). */
    public TaskScope switchTask(TaskScope task) {
        TaskScope previous = currentTask;
        currentTask = task;
        return previous;
    }

    /** {@code backpressure.inc}: traps past 2^16 - 1. */
    public void incrementBackpressure() throws Trap {
        if (backpressure >= 0xffff) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "backpressure counter of instance " + name + " overflowed");
        }
        backpressure++;
    }

    /** {@code backpressure.dec}: traps below 0. */
    public void decrementBackpressure() throws Trap {
        if (backpressure == 0) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "backpressure counter of instance " + name + " underflowed");
        }
        backpressure--;
    }

    /**
     * The async scheduling state the runtime keeps for this instance ({@code dev.weft.runtime.async}), made on
     * first use by {@code factory}; instances that never run async code carry none.
     */
    @SuppressWarnings("unchecked")
    public <T> T concurrency(java.util.function.Supplier<T> factory) {
        if (concurrency == null) {
            concurrency = factory.get();
        }
        return (T) concurrency;
    }

    public int backpressure() {
        return backpressure;
    }

    public boolean mayEnter() {
        return mayEnter;
    }

    /** Traps unless this instance may currently call out (import call, {@code resource.new}/{@code drop}). */
    public void checkMayLeave(String what) throws Trap {
        if (!mayLeave) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "instance " + name + " may not leave (inside realloc or post-return) for " + what);
        }
    }

    /** An own handle of {@code rep} (implemented here) left its handle table for the host ({@code lift_own}). */
    void ownLeftTable(GuestRep rep) {
        if (ownsOutsideTables == NO_REPS) {
            ownsOutsideTables = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        }
        ownsOutsideTables.add(rep);
    }

    /** True while the own value {@code rep} (implemented here) is held outside every handle table (by the host). */
    boolean ownedOutsideTables(GuestRep rep) {
        return ownsOutsideTables.contains(rep);
    }

    /**
     * The own value {@code rep} held outside the tables is used up (lowered into a table, or dropped by the host);
     * traps if it was used up before, so an owned value cannot be given away or dropped twice.
     */
    void claimOwn(GuestRep rep, String what) throws Trap {
        if (ownsOutsideTables == NO_REPS || !ownsOutsideTables.remove(rep)) {
            throw new Trap(TrapKind.HOST_FUNCTION, what + ": the owned " + rep.type().displayName() + " (rep "
                    + Integer.toUnsignedString(rep.rep()) + ") was already given to a component or dropped; an "
                    + "owned resource value can be used up only once");
        }
    }

    /** The spec's {@code may_enter_from}. */
    public boolean mayEnterFrom(InstanceState caller) {
        for (InstanceState i = this; i != null; i = i.parent) {
            if (inChainOf(caller, i)) {
                continue;
            }
            if (!i.mayEnter) {
                return false;
            }
        }
        return true;
    }

    /** Traps unless {@link #mayEnterFrom} holds; after a trap it names the trap that poisoned the instance. */
    public void checkEnterFrom(InstanceState caller) throws Trap {
        if (!mayEnterFrom(caller)) {
            for (InstanceState i = this; i != null; i = i.parent) {
            if (inChainOf(caller, i)) {
                continue;
            }
                if (i.poisonedBy != null) {
                    throw new Trap(TrapKind.COMPONENT_MODEL, "cannot enter instance " + name + ": "
                            + (i == this ? "it" : "its ancestor " + i.name) + " trapped in an earlier call ("
                            + i.poisonedBy.getMessage() + ") and may not be entered again", i.poisonedBy);
                }
            }
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "cannot enter instance " + name + ": it (or an ancestor) is already on the call stack");
        }
    }

    /** The spec's {@code enter_from}: clears {@code may_enter} on the entering set. */
    public void enterFrom(InstanceState caller) {
        for (InstanceState i = this; i != null; i = i.parent) {
            if (inChainOf(caller, i)) {
                continue;
            }
            i.mayEnter = false;
        }
    }

    /**
     * A call into this instance from {@code caller} ended in {@code trap}: the entering set stays entered for good
     * (no later call may enter it), and later attempts are told why.
     */
    public void poison(InstanceState caller, Trap trap) {
        for (InstanceState i = this; i != null; i = i.parent) {
            if (inChainOf(caller, i)) {
                continue;
            }
            i.mayEnter = false;
            if (i.poisonedBy == null) {
                i.poisonedBy = trap;
            }
        }
    }

    /** The trap that ended a call into this instance, if one did. */
    public java.util.Optional<Trap> poisonedBy() {
        return java.util.Optional.ofNullable(poisonedBy);
    }

    /** The spec's {@code leave_to}: sets {@code may_enter} again on the entering set. */
    public void leaveTo(InstanceState caller) {
        for (InstanceState i = this; i != null; i = i.parent) {
            if (inChainOf(caller, i)) {
                continue;
            }
            i.mayEnter = true;
        }
    }

    /**
     * Whether {@code i} is {@code start} or one of its ancestors (false for a null {@code start}): the entering set
     * of a call from {@code caller} is this instance and its ancestors except those in {@code caller}'s chain.
     */
    private static boolean inChainOf(InstanceState start, InstanceState i) {
        for (InstanceState c = start; c != null; c = c.parent) {
            if (c == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code other} is this instance, one of its ancestors or one of its descendants: a call between the
     * two would re-enter an instance already on the call stack.
     */
    public boolean sharesCallStackWith(InstanceState other) {
        return other != null && (inChainOf(this, other) || inChainOf(other, this));
    }

    @Override
    public String toString() {
        return "InstanceState[" + name + "]";
    }
}
