package dev.weft.testkit;

import dev.weft.testkit.json.Json;
import dev.weft.testkit.json.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run case of a C command fixture ({@code fixtures/c/NAME.json}) with jco's recorded results.
 *
 * @param name           the case name (file name without .json)
 * @param program        the C program; its component is {@code fixtures/build/c-PROGRAM.wasm}
 * @param args           arguments after the program name
 * @param env            the guest's whole environment, in file order
 * @param stdin          text to feed to stdin
 * @param preopens       guest path → committed host folder; copy it to a fresh temp folder before running
 * @param expectedStdout exact stdout under jco
 * @param expectedStderr exact stderr under jco, when the case checks it
 * @param expectedExit   exit status under jco (WASI 0.2 exit carries only ok/err: non-zero statuses report 1)
 */
public record CommandCase(String name, String program, List<String> args, Map<String, String> env, String stdin,
        Map<String, Path> preopens, String expectedStdout, Optional<String> expectedStderr, int expectedExit) {

    public CommandCase {
        args = List.copyOf(args);
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
        preopens = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(preopens));
    }

    /** The component to run: {@code fixtures/build/c-PROGRAM.wasm} (fails the test when not built). */
    public Path component() {
        return Fixtures.component("c-" + program);
    }

    static CommandCase load(Path json) {
        String file = json.getFileName().toString();
        String name = file.substring(0, file.length() - ".json".length());
        Path dir = json.getParent();
        Json.JsonObject spec;
        try {
            spec = JsonParser.parse(Fixtures.readString(json)).asObject();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("fixtures/c/" + file + ": " + e.getMessage(), e);
        }
        String program = spec.get("program").isNull() ? name : spec.get("program").asString();
        List<String> args = spec.get("args").asList().stream().map(Json::asString).toList();
        Map<String, String> env = new LinkedHashMap<>();
        if (!spec.get("env").isNull()) {
            spec.get("env").asObject().members().forEach((k, v) -> env.put(k, v.asString()));
        }
        Map<String, Path> preopens = new LinkedHashMap<>();
        if (!spec.get("preopens").isNull()) {
            spec.get("preopens").asObject().members().forEach((guest, host) -> preopens.put(guest,
                    dir.resolve(host.asString()).toAbsolutePath().normalize()));
        }
        String stdin = spec.get("stdin").isNull() ? "" : spec.get("stdin").asString();
        Optional<String> stderr = spec.get("check_stderr").asBoolean()
                ? Optional.of(Fixtures.readString(recorded(dir, name + ".stderr.expected")))
                : Optional.empty();
        String stdout = Fixtures.readString(recorded(dir, name + ".expected"));
        int exit = Integer.parseInt(Fixtures.readString(recorded(dir, name + ".exit")).strip());
        return new CommandCase(name, program, args, env, stdin, preopens, stdout, stderr, exit);
    }

    private static Path recorded(Path dir, String file) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("fixtures/c/" + file + " is missing: record it with "
                    + "BLESS=1 scripts/build-fixtures.sh");
        }
        return path;
    }
}
