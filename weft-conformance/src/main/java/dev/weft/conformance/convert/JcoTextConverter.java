package dev.weft.conformance.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Converts text forms with jco's {@code parse} (wasm-tools' text parser) by running the bundled
 * {@code wast2bin.mjs} once per batch in node. Results land in, and are served from, a {@link BinaryCache}; only
 * texts not cached yet go to node.
 *
 * <p>The parser runs with {@code WAST_STRICT_COMPONENT_INDICES=0}, which accepts the legacy component-index
 * syntax (e.g. {@code (memory $i "mem")}) besides the current one, as upstream wasm-tools does by default; jco's
 * build rejects it otherwise, and some Wasmtime scripts still use it. The cache remembers the converter's
 * settings (jco version, this variable, the script) in {@code converter.txt} and is emptied when they change.
 */
public final class JcoTextConverter implements TextConverter {
    private static final String SCRIPT = "wast2bin.mjs";
    private static final long TIMEOUT_MINUTES = 10;
    private static final String STRICT_INDICES = "WAST_STRICT_COMPONENT_INDICES";
    private static final String STRICT_INDICES_VALUE = "0";

    private final Path nodeModules;
    private final BinaryCache cache;
    private final String node;

    /**
     * @param nodeModules the {@code node_modules} folder holding {@code @bytecodealliance/jco}
     * @param cache       where outputs are stored
     */
    public JcoTextConverter(Path nodeModules, BinaryCache cache) {
        this(nodeModules, cache, Optional.ofNullable(System.getenv("WEFT_NODE")).orElse("node"));
    }

    JcoTextConverter(Path nodeModules, BinaryCache cache, String node) {
        this.nodeModules = nodeModules;
        this.cache = cache;
        this.node = node;
    }

    @Override
    public Map<String, Conversion> convertAll(Collection<String> texts) throws ConverterException {
        if (!texts.isEmpty()) {
            invalidateIfSettingsChanged();
        }
        Set<String> missing = new LinkedHashSet<>();
        for (String text : texts) {
            if (lookup(text).isEmpty()) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            runNode(missing);
        }
        Map<String, Conversion> results = new LinkedHashMap<>();
        for (String text : texts) {
            Conversion conversion = lookup(text).orElseThrow(() -> new ConverterException(
                    "jco produced no output for a form (see " + cache.dir().resolve("wast2bin.log") + "): "
                            + abbreviate(text)));
            results.put(text, conversion);
        }
        return results;
    }

    private Optional<Conversion> lookup(String text) throws ConverterException {
        try {
            return cache.lookup(text);
        } catch (IOException e) {
            throw new ConverterException("cannot read the conversion cache " + cache.dir() + ": " + e.getMessage(), e);
        }
    }

    private void runNode(Set<String> texts) throws ConverterException {
        Path api = nodeModules.resolve("@bytecodealliance/jco/dist/api.js");
        if (!Files.isRegularFile(api)) {
            throw new ConverterException("jco is not installed: " + api + " is missing. Install the fixtures' npm"
                    + " packages first: (cd fixtures && npm ci)");
        }
        try {
            Files.createDirectories(cache.dir());
            Path script = installScript();
            Path log = cache.dir().resolve("wast2bin.log");
            ProcessBuilder builder = new ProcessBuilder(node, script.toString(), nodeModules.toString(),
                    cache.dir().toString())
                    .redirectError(log.toFile());
            builder.environment().put(STRICT_INDICES, STRICT_INDICES_VALUE);
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(request(texts).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                process.waitFor(1, TimeUnit.MINUTES);
                throw new ConverterException("the jco converter stopped early: " + Files.readString(log).strip(), e);
            }
            String summary;
            try (InputStream out = process.getInputStream()) {
                summary = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new ConverterException("jco conversion did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new ConverterException("jco conversion failed (exit " + process.exitValue() + "): "
                        + Files.readString(log).strip() + (summary.isEmpty() ? "" : " / " + summary));
            }
        } catch (IOException e) {
            throw new ConverterException("cannot run `" + node + "` for the jco conversion (is Node.js installed"
                    + " and on PATH? set WEFT_NODE to choose one): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConverterException("interrupted while converting with jco", e);
        }
    }

    /** Empties the cache when the jco version, the parser settings or the converter script changed. */
    private void invalidateIfSettingsChanged() throws ConverterException {
        try {
            String settings = "jco " + jcoVersion() + "\n" + STRICT_INDICES + "=" + STRICT_INDICES_VALUE + "\n"
                    + SCRIPT + " " + BinaryCache.key(new String(scriptContent(), StandardCharsets.UTF_8)) + "\n";
            Path marker = cache.dir().resolve("converter.txt");
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(settings)) {
                return;
            }
            cache.clear();
            Files.writeString(marker, settings);
        } catch (IOException e) {
            throw new ConverterException("cannot prepare the conversion cache " + cache.dir() + ": " + e, e);
        }
    }

    private String jcoVersion() throws IOException {
        Path packageJson = nodeModules.resolve("@bytecodealliance/jco/package.json");
        if (!Files.isRegularFile(packageJson)) {
            return "missing";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(Files.readString(packageJson));
        return m.find() ? m.group(1) : "unknown";
    }

    private static byte[] scriptContent() throws IOException, ConverterException {
        try (InputStream in = JcoTextConverter.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new ConverterException("the converter script " + SCRIPT + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    /** Copies the bundled node script next to the cache (node runs files, not classpath resources). */
    private Path installScript() throws IOException, ConverterException {
        byte[] content = scriptContent();
        Path script = cache.dir().resolve(SCRIPT);
        if (!Files.isRegularFile(script) || !Arrays.equals(Files.readAllBytes(script), content)) {
            Path tmp = Files.createTempFile(cache.dir(), SCRIPT, ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return script;
    }

    private static String request(Set<String> texts) {
        StringBuilder json = new StringBuilder("{\"forms\":[");
        boolean first = true;
        for (String text : texts) {
            json.append(first ? "" : ",").append("{\"key\":\"").append(BinaryCache.key(text)).append("\",\"text\":");
            JsonStrings.append(json, text);
            json.append('}');
            first = false;
        }
        return json.append("]}").toString();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }
}
