package dev.weft.bindings;

import dev.weft.error.Trap;
import dev.weft.runtime.ComponentInstance;
import dev.weft.value.ResourceVal;
import dev.weft.value.Val;

/**
 * An owned handle to a resource that a component exports (generated resource classes extend this). Methods
 * borrow the handle; passing it as an {@code own} argument moves it into the component, after which this object
 * is closed. {@link #close()} drops the handle, running the component's destructor.
 */
public abstract class GuestResource implements AutoCloseable {
    private final ComponentInstance instance;
    private ResourceVal handle;

    protected GuestResource(ComponentInstance instance, Val handle) {
        this.instance = instance;
        if (!(handle instanceof ResourceVal r) || !r.owned()) {
            throw new IllegalStateException("expected an owned resource handle, got " + handle);
        }
        this.handle = r;
    }

    /** The instance this resource lives in. */
    protected final ComponentInstance instance() {
        return instance;
    }

    /** A borrowed handle, for a {@code borrow<r>} argument. */
    public final synchronized Val borrow() {
        return new ResourceVal(live().handle(), false);
    }

    /** The owned handle, for an {@code own<r>} argument: ownership moves to the callee and this object closes. */
    public final synchronized Val take() {
        ResourceVal owned = live();
        handle = null;
        return owned;
    }

    public final synchronized boolean isClosed() {
        return handle == null;
    }

    /** Drops the handle (the component's destructor runs); closing twice does nothing. */
    @Override
    public final synchronized void close() throws Trap {
        if (handle != null) {
            ResourceVal owned = handle;
            handle = null;
            instance.drop(owned);
        }
    }

    private ResourceVal live() {
        if (handle == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is closed (dropped or moved)");
        }
        return handle;
    }
}
