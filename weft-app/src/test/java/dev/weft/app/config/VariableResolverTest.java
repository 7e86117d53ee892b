package dev.weft.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.app.PatternException;
import dev.weft.app.manifest.AppManifest;
import dev.weft.app.manifest.ManifestException;
import dev.weft.app.manifest.ManifestReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariableResolverTest {
    static final String MANIFEST = """
            [application]
            name = "v"

            [variables]
            host = { default = "api.example.com" }
            token = { required = true, secret = true }
            mode = { default = "prod" }

            [component.c]
            source = "c.wasm"
            variables = { url = "https://{{ host }}/{{mode}}", token = "{{ token }}", plain = "x" }
            """;

    private static AppManifest manifest() throws ManifestException {
        return ManifestReader.parse(Path.of("/app/weft.toml"), MANIFEST);
    }

    @Test
    void environmentBeatsFileBeatsDefault(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vars.toml");
        Files.writeString(file, "token = \"from-file\"\nmode = \"staging\"\n");
        VariableResolver r = VariableResolver.resolve(manifest(),
                Map.of("WEFT_VAR_MODE", "dev", "SPIN_VARIABLE_HOST", "h.local"), Optional.of(file));
        assertEquals(Map.of("host", "h.local", "token", "from-file", "mode", "dev"), r.values());
        assertEquals(Map.of("url", "https://h.local/dev", "token", "from-file", "plain", "x"),
                r.componentConfig(manifest().components().get("c")));
    }

    @Test
    void aRequiredVariableWithoutValueNamesItsLine() {
        ManifestException e = assertThrows(ManifestException.class,
                () -> VariableResolver.resolve(manifest(), Map.of(), Optional.empty()));
        assertEquals("variables.token", e.key());
        assertEquals(6, e.line());
        assertTrue(e.problem().contains("WEFT_VAR_TOKEN"), e.getMessage());
    }

    @Test
    void templates() throws Exception {
        assertEquals(List.of("a", "b_2"), Template.parse("x{{a}}y{{ b_2 }}").references());
        assertEquals("x1y2", Template.parse("x{{a}}y{{ b_2 }}").render(Map.of("a", "1", "b_2", "2")));
        assertThrows(PatternException.class, () -> Template.parse("{{ a"));
        assertThrows(PatternException.class, () -> Template.parse("{{ A }}"));
    }
}
