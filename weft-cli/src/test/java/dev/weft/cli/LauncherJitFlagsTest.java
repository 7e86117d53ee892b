package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JIT flags of the {@code ./weft} launcher (leaner C2 inlining for big guests, see bench/README.md "JIT
 * diagnosis") are ones this JDK accepts, and the container image runs the CLI with the same ones.
 */
class LauncherJitFlagsTest {
    private static final Pattern DEFAULT_OPTS = Pattern.compile("(?m)^\\s*jit_opts=\\(([^)]*)\\)");

    private static List<String> launcherFlags() throws IOException {
        String launcher = Files.readString(Fixtures.repoRoot().resolve("weft"));
        Matcher m = DEFAULT_OPTS.matcher(launcher);
        assertTrue(m.find(), "./weft sets a default jit_opts=(...)");
        List<String> flags = Arrays.stream(m.group(1).trim().split("\\s+")).toList();
        assertFalse(flags.isEmpty() || flags.get(0).isEmpty(), "./weft's default JIT flags are not empty");
        return flags;
    }

    @Test
    void theLaunchersJitFlagsStartThisJvm() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launcherFlags());
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "java " + command + " failed:\n" + output);
        assertFalse(output.contains("Unrecognized VM option") || output.contains("Improperly specified"), output);
    }

    @Test
    void theContainerImageUsesTheLaunchersJitFlags() throws IOException {
        String pom = Files.readString(Fixtures.repoRoot().resolve("weft-cli/pom.xml"));
        for (String flag : launcherFlags()) {
            assertTrue(pom.contains("<jvmFlag>" + flag + "</jvmFlag>"), "weft-cli/pom.xml's jib jvmFlags lack " + flag);
        }
    }
}
