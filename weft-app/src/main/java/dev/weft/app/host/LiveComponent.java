package dev.weft.app.host;

import dev.weft.runtime.Engine;
import java.util.concurrent.atomic.AtomicReference;

/** The version of one component that new requests get, swappable on reload, with the engine it compiles on. */
final class LiveComponent {
    private final Engine engine;
    private final AtomicReference<AppComponent> current;

    LiveComponent(Engine engine, AppComponent first) {
        this.engine = engine;
        this.current = new AtomicReference<>(first);
    }

    Engine engine() {
        return engine;
    }

    AppComponent current() {
        return current.get();
    }

    void swap(AppComponent fresh) {
        current.set(fresh);
    }
}
