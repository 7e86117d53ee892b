package dev.weft.runtime.resource;

import dev.weft.component.types.ResourceType;
import dev.weft.error.Trap;
import dev.weft.value.ResourceHandle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** resource.new / rep / drop, own and borrow handles, lends, borrow scopes and the may_leave / may_enter flags. */
class ResourceTest {
    private final ResourceType rt = new ResourceType("file");
    private final ResourceType other = new ResourceType("socket");
    private final InstanceState impl = new InstanceState("impl");
    private final InstanceState user = new InstanceState("user");
    private final List<Integer> destroyed = new ArrayList<>();
    private final Destructor dtor = new GuestDestructor(impl, destroyed::add);

    private static void assertTrap(String part, Executable e) {
        Trap t = assertThrows(Trap.class, e::run);
        assertTrue(t.getMessage().contains(part), () -> "'" + t.getMessage() + "' lacks '" + part + "'");
        assertTrue(t.kind() != dev.weft.error.TrapKind.OTHER, () -> "'" + t.getMessage() + "' has no kind");
    }

    interface Executable {
        void run() throws Trap;
    }

    /** An own handle of a new resource of {@code impl}, lifted out of its table as the host would hold it. */
    private GuestRep hostHeld(int rep) throws Trap {
        return (GuestRep) ResourceHandles.liftOwn(impl, ResourceBuiltins.resourceNew(impl, rt, rep), rt);
    }

    @Test
    void anOwnedValueOutsideTheTablesCanBeUsedUpOnlyOnce() throws Trap {
        GuestRep held = hostHeld(21);
        int h = ResourceHandles.lowerOwn(user, held, rt);
        assertTrap("the owned file (rep 21) was already given to a component or dropped",
                () -> ResourceHandles.lowerOwn(user, held, rt));
        assertTrap("drop: the owned file (rep 21) was already given", () -> ResourceBuiltins.hostDrop(held, null));
        // back out of the table, it may be used once more; an equal rep of another resource.new is another value
        GuestRep again = (GuestRep) ResourceHandles.liftOwn(user, h, rt);
        assertSame(held, again);
        assertTrap("already given", () -> ResourceHandles.lowerOwn(user, new GuestRep(rt, impl, 21), rt));
        ResourceBuiltins.hostDrop(again, null);
        assertTrap("already given", () -> ResourceBuiltins.hostDrop(again, null));
    }

    @Test
    void newRepDropRunsTheDestructor() throws Trap {
        int h = ResourceBuiltins.resourceNew(impl, rt, 42);
        assertEquals(1, h);
        assertEquals(42, ResourceBuiltins.resourceRep(impl, rt, h));
        ResourceBuiltins.resourceDrop(impl, rt, h, dtor);
        assertEquals(List.of(42), destroyed);
        assertTrap("is empty", () -> ResourceBuiltins.resourceRep(impl, rt, h));
        assertTrap("is empty", () -> ResourceBuiltins.resourceDrop(impl, rt, h, dtor));
    }

    @Test
    void wrongTypeTraps() throws Trap {
        int h = ResourceBuiltins.resourceNew(impl, rt, 1);
        assertTrap("has type resource file, expected resource socket", () -> ResourceBuiltins.resourceRep(impl, other, h));
        assertTrap("expected resource socket", () -> ResourceBuiltins.resourceDrop(impl, other, h, null));
        assertTrap("expected resource socket", () -> ResourceHandles.liftOwn(impl, h, other));
        assertEquals(1, ResourceBuiltins.resourceRep(impl, rt, h), "handle still present after the traps");
    }

    @Test
    void ownHandleMovesBetweenTables() throws Trap {
        int h = ResourceBuiltins.resourceNew(impl, rt, 7);
        ResourceHandle rep = ResourceHandles.liftOwn(impl, h, rt);
        assertEquals(new GuestRep(rt, impl, 7), rep);
        assertTrap("is empty", () -> impl.handles().get(h));
        int u = ResourceHandles.lowerOwn(user, rep, rt);
        assertEquals(1, u);
        // user drops it: the destructor runs in impl (entered from user)
        ResourceBuiltins.resourceDrop(user, rt, u, dtor);
        assertEquals(List.of(7), destroyed);
    }

    @Test
    void lentOwnHandleCannotBeDroppedOrMovedUntilTheCallResolves() throws Trap {
        int h = ResourceHandles.lowerOwn(user, hostHeld(5), rt);
        SubtaskScope call = new SubtaskScope();
        assertEquals(new GuestRep(rt, impl, 5), ResourceHandles.liftBorrow(user, call, h, rt));
        assertTrap("still lent out 1 time(s)", () -> ResourceBuiltins.resourceDrop(user, rt, h, dtor));
        assertTrap("it is lent out 1 time(s)", () -> ResourceHandles.liftOwn(user, h, rt));
        call.deliverResolve();
        ResourceBuiltins.resourceDrop(user, rt, h, dtor);
        assertEquals(List.of(5), destroyed);
    }

    @Test
    void borrowMustBeDroppedBeforeTheCallReturns() throws Trap {
        TaskScope task = new TaskScope("impl#use");
        int b = ResourceHandles.lowerBorrow(user, task, new GuestRep(rt, impl, 9), rt);
        assertEquals(1, task.numBorrows());
        assertTrap("is a borrow, an own handle was expected", () -> ResourceHandles.liftOwn(user, b, rt));
        assertTrap("1 borrow handle(s) passed to it were not dropped", task::checkReturn);
        ResourceBuiltins.resourceDrop(user, rt, b, dtor);
        assertEquals(0, task.numBorrows());
        assertEquals(List.of(), destroyed, "dropping a borrow never runs the destructor");
        task.checkReturn();
    }

    @Test
    void borrowIntoTheImplementingInstanceIsTheRep() throws Trap {
        TaskScope task = new TaskScope("impl#method");
        assertEquals(9, ResourceHandles.lowerBorrow(impl, task, new GuestRep(rt, impl, 9), rt));
        assertEquals(0, task.numBorrows());
        assertEquals(0, impl.handles().liveCount());
    }

    @Test
    void hostResourcesCarryAJavaObject() throws Trap {
        StringBuilder backing = new StringBuilder("host state");
        HostRep<StringBuilder> rep = new HostRep<>(rt, backing);
        int h = ResourceHandles.lowerOwn(user, rep, rt);
        ResourceHandle back = ResourceHandles.liftOwn(user, h, rt);
        assertSame(backing, ((HostRep<?>) back).value());
        assertTrap("not implemented by a component", () -> ResourceBuiltins.resourceRep(user, rt,
                ResourceHandles.lowerOwn(user, rep, rt)));
        List<Object> closed = new ArrayList<>();
        int h2 = ResourceHandles.lowerOwn(user, rep, rt);
        ResourceBuiltins.resourceDrop(user, rt, h2, (caller, r) -> closed.add(((HostRep<?>) r).value()));
        assertEquals(List.of(backing), closed);
    }

    @Test
    void wrongResourceValueTypeTraps() {
        assertTrap("resource value of resource socket passed where resource file is expected",
                () -> ResourceHandles.lowerOwn(user, new HostRep<>(other, "x"), rt));
    }

    @Test
    void mayLeaveGuardsResourceBuiltins() throws Trap {
        int h = ResourceBuiltins.resourceNew(impl, rt, 1);
        impl.setMayLeave(false);
        assertTrap("may not leave", () -> ResourceBuiltins.resourceNew(impl, rt, 2));
        assertTrap("may not leave", () -> ResourceBuiltins.resourceDrop(impl, rt, h, dtor));
    }

    @Test
    void destructorCannotReenterAnActiveInstance() throws Trap {
        int h = ResourceHandles.lowerOwn(user, hostHeld(3), rt);
        impl.enterFrom(null);
        assertTrap("cannot enter instance impl", () -> ResourceBuiltins.resourceDrop(user, rt, h, dtor));
        impl.leaveTo(null);
        assertTrue(impl.mayEnter());
    }

    @Test
    void enteringSetCoversAncestors() {
        InstanceState root = new InstanceState("root");
        InstanceState child = new InstanceState("child", root);
        InstanceState sibling = new InstanceState("sibling", root);
        child.enterFrom(null);
        assertEquals(false, root.mayEnter());
        assertEquals(false, sibling.mayEnterFrom(null), "root is on the stack");
        assertEquals(true, sibling.mayEnterFrom(child), "entering a sibling from the child skips the shared root");
        child.leaveTo(null);
        assertEquals(true, root.mayEnter());
    }

    @Test
    void enteringFromACallerClearsOnlyWhatIsNotOnTheCallersChain() throws Trap {
        InstanceState root = new InstanceState("root");
        InstanceState a = new InstanceState("a", root);
        InstanceState aChild = new InstanceState("a/0", a);
        InstanceState b = new InstanceState("b", root);
        aChild.enterFrom(b); // entering set: a/0 and a (root is on b's chain)
        assertEquals(false, aChild.mayEnter());
        assertEquals(false, a.mayEnter());
        assertEquals(true, root.mayEnter());
        assertEquals(true, b.mayEnter());
        assertTrap("already on the call stack", () -> a.checkEnterFrom(b));
        aChild.leaveTo(b);
        assertEquals(true, a.mayEnter());
        assertEquals(true, aChild.mayEnter());
        Trap trap = new Trap(dev.weft.error.TrapKind.COMPONENT_MODEL, "boom");
        aChild.poison(b, trap);
        assertEquals(true, root.mayEnter(), "root was not entered, so it is not poisoned");
        InstanceState grandchild = new InstanceState("a/0/0", aChild);
        assertTrap("cannot enter instance a/0/0: its ancestor a/0 trapped in an earlier call (boom)",
                () -> grandchild.checkEnterFrom(null));
        assertTrap("it trapped in an earlier call (boom)", () -> aChild.checkEnterFrom(b));
        assertEquals(true, aChild.sharesCallStackWith(root));
        assertEquals(true, root.sharesCallStackWith(aChild));
        assertEquals(false, aChild.sharesCallStackWith(b));
        assertEquals(false, aChild.sharesCallStackWith(null));
    }

    @Test
    void registeredDestructorsRunOnGuestAndHostDrops() throws Trap {
        ResourceDestructors registry = new ResourceDestructors();
        registry.register(rt, dtor);
        List<Object> closed = new ArrayList<>();
        registry.register(other, (caller, r) -> closed.add(((HostRep<?>) r).value()));

        int h = ResourceBuiltins.resourceNew(impl, rt, 11);
        registry.resourceDrop(impl, rt, h);
        assertEquals(List.of(11), destroyed);

        registry.hostDrop(new dev.weft.value.ResourceVal(hostHeld(12), true));
        assertEquals(List.of(11, 12), destroyed);
        registry.hostDrop(new dev.weft.value.ResourceVal(new HostRep<>(other, "sock"), true));
        assertEquals(List.of("sock"), closed);
        assertTrap("cannot drop a borrowed", () -> registry.hostDrop(
                new dev.weft.value.ResourceVal(new HostRep<>(other, "sock"), false)));
        ResourceType plain = new ResourceType("plain");
        int p = ResourceBuiltins.resourceNew(user, plain, 1);
        registry.resourceDrop(user, plain, p); // no destructor registered: just removed
        assertEquals(0, user.handles().liveCount());
    }
}
