package dev.weft.wasi.cli;

import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import java.util.List;
import java.util.Map;

/** What {@code wasi:cli} hands out: arguments, environment and the three stdio streams. */
public record CliEnvironment(List<String> args, Map<String, String> env, HostInputStream stdin,
        HostOutputStream stdout, HostOutputStream stderr) {
}
