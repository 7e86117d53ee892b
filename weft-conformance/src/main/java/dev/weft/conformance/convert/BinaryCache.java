package dev.weft.conformance.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Text-parser outputs on disk, keyed by the SHA-256 of the form's text: {@code <key>.wasm} for a binary,
 * {@code <key>.rejected} holding the parser's message for a form it rejects. Safe to delete at any time.
 */
public final class BinaryCache {
    private final Path dir;

    public BinaryCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Deletes every stored conversion (other files in the folder stay). */
    public void clear() throws IOException {
        Files.createDirectories(dir);
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".wasm") || name.endsWith(".rejected")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The cache key of a text: its SHA-256 in lower-case hex. */
    public static String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The stored conversion of {@code text}, if any. */
    public Optional<Conversion> lookup(String text) throws IOException {
        String key = key(text);
        Path wasm = dir.resolve(key + ".wasm");
        if (Files.isRegularFile(wasm)) {
            return Optional.of(new Conversion.Converted(Files.readAllBytes(wasm)));
        }
        Path rejected = dir.resolve(key + ".rejected");
        if (Files.isRegularFile(rejected)) {
            return Optional.of(new Conversion.Rejected(Files.readString(rejected, StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }
}
