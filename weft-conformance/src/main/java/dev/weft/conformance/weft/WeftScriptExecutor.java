package dev.weft.conformance.weft;

import dev.weft.conformance.run.ScriptExecutor;
import dev.weft.conformance.run.ScriptSession;
import dev.weft.runtime.Engine;
import dev.weft.runtime.engine.CoreModule;

/** Runs wast scripts on Weft's runtime: one {@link WeftScriptSession} per script, one engine for all. */
public final class WeftScriptExecutor implements ScriptExecutor {
    private final Engine engine = Engine.builder().withoutDiskCache().build();
    private final CoreModule simpleModule = WasmtimeHost.simpleModule(engine);

    @Override
    public ScriptSession open(String scriptId) {
        return new WeftScriptSession(engine, simpleModule);
    }
}
