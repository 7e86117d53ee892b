package dev.weft.cli;

import dev.weft.wasi.WasiContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags `weft run` and `weft serve` share for what a guest may see: folders and environment. */
final class GuestOptions {
    @Option(names = "--dir", paramLabel = "HOST[::GUEST]",
            description = "preopen host folder HOST as GUEST (default: HOST itself); repeatable")
    List<String> dirs = new ArrayList<>();

    @Option(names = "--dir-ro", paramLabel = "HOST[::GUEST]",
            description = "like --dir, but read-only: the guest cannot change anything below it")
    List<String> readOnlyDirs = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME[=VAL]",
            description = "set an environment variable for the guest; without =VAL, pass the host's value on")
    List<String> env = new ArrayList<>();

    @Option(names = "--inherit-env", description = "pass the whole host environment to the guest")
    boolean inheritEnv;

    /** Adds the environment and the preopened folders to {@code ctx}; a {@link UserError} for a missing folder. */
    void applyTo(WasiContext.Builder ctx) {
        if (inheritEnv) {
            ctx.inheritEnv();
        }
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq < 0) {
                String value = System.getenv(e);
                if (value != null) {
                    ctx.env(e, value);
                }
            } else {
                ctx.env(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        for (String d : dirs) {
            preopen(ctx, d, false);
        }
        for (String d : readOnlyDirs) {
            preopen(ctx, d, true);
        }
    }

    private static void preopen(WasiContext.Builder ctx, String spec, boolean readOnly) {
        int sep = spec.indexOf("::");
        String host = sep < 0 ? spec : spec.substring(0, sep);
        String guest = sep < 0 ? spec : spec.substring(sep + 2);
        Path hostPath = Path.of(host);
        if (!Files.isDirectory(hostPath)) {
            throw new UserError((readOnly ? "--dir-ro " : "--dir ") + spec + ": " + host + " is not a folder");
        }
        ctx.preopenDir(hostPath, guest, readOnly);
    }
}
