package dev.weft.wasi;

import dev.weft.component.Component;
import dev.weft.error.DecodeException;
import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.error.ValidationException;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
import dev.weft.value.ResultVal;
import dev.weft.value.Val;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Runs a {@code wasi:cli/command}: calls its {@code wasi:cli/run@0.2.x} export and reports the exit status. */
public final class WasiCommand {
    private WasiCommand() {
    }

    /**
     * Links {@code component} against WASI 0.2 with {@code ctx}, runs it and returns the exit status: 0 when
     * {@code run} returns ok, 1 when it returns err, the status given to {@code wasi:cli/exit}.
     *
     * @throws Trap if the guest faults (not for exits)
     * @throws LinkException if the component imports something this host lacks, or exports no {@code run}
     */
    public static int run(Engine engine, Component component, WasiContext ctx)
            throws Trap, LinkException, InstantiationException, DecodeException, ValidationException {
        Linker linker = new Linker();
        Wasi.addToLinker(linker, ctx);
        ComponentInstance instance = linker.prepare(engine, component).instantiate();
        ComponentFunction run = runExport(instance).orElseThrow(() -> new LinkException(
                "the component exports no `wasi:cli/run@0.2.x` instance with a `run` function"));
        try {
            List<Val> result = run.call(List.of());
            return !result.isEmpty() && result.get(0) instanceof ResultVal r && !r.isOk() ? 1 : 0;
        } catch (Trap trap) {
            OptionalInt code = WasiExit.codeOf(trap);
            if (code.isPresent()) {
                return code.getAsInt();
            }
            throw trap;
        } finally {
            flush(ctx);
        }
    }

    private static void flush(WasiContext ctx) {
        try {
            ctx.stdout().flush();
            ctx.stderr().flush();
        } catch (java.io.IOException ignored) {
            // the guest is done; nothing left to report output failures to
        }
    }

    /** The {@code run} function of the exported {@code wasi:cli/run@0.2.x} instance. */
    public static Optional<ComponentFunction> runExport(ComponentInstance instance) {
        for (String name : instance.exportNames()) {
            if (name.startsWith("wasi:cli/run@0.2")) {
                return instance.function(name, "run");
            }
        }
        return Optional.empty();
    }
}
