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
 */
public final class JcoTextConverter implements TextConverter {
    private static final String SCRIPT = "wast2bin.mjs";
    private static final long TIMEOUT_MINUTES = 10;

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
            Process process = new ProcessBuilder(node, script.toString(), nodeModules.toString(),
                    cache.dir().toString())
                    .redirectError(log.toFile())
                    .start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(request(texts).getBytes(StandardCharsets.UTF_8));
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

    /** Copies the bundled node script next to the cache (node runs files, not classpath resources). */
    private Path installScript() throws IOException, ConverterException {
        byte[] content;
        try (InputStream in = JcoTextConverter.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new ConverterException("the converter script " + SCRIPT + " is missing from the classpath");
            }
            content = in.readAllBytes();
        }
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
