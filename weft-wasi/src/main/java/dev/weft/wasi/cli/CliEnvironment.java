package dev.weft.wasi.cli;

import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@code wasi:cli} hands out: arguments, environment, the three stdio streams and the initial cwd. */
public record CliEnvironment(List<String> args, Map<String, String> env, HostInputStream stdin,
        HostOutputStream stdout, HostOutputStream stderr, Optional<String> initialCwd) {

    /** An environment without an initial cwd. */
    public CliEnvironment(List<String> args, Map<String, String> env, HostInputStream stdin,
            HostOutputStream stdout, HostOutputStream stderr) {
        this(args, env, stdin, stdout, stderr, Optional.empty());
    }
}
