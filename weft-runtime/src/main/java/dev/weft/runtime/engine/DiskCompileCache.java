package dev.weft.runtime.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;
import run.endive.compiler.Cache;

/**
 * Compiled code on disk, one file per key, published atomically (temp file, then rename). Each file starts with
 * a magic and the SHA-256 of its payload, so a torn or corrupted file is detected instead of loaded.
 * Implements Endive's {@link Cache} contract: {@code get} returns null when absent, {@code putIfAbsent} is a no-op
 * when another thread or process already published the key.
 */
final class DiskCompileCache implements Cache {

    private static final byte[] MAGIC = "WEFTCC01".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int DIGEST_LENGTH = 32;

    private final Path dir;

    DiskCompileCache(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path fileFor(String key) {
        return dir.resolve(key.replaceAll("[^A-Za-z0-9._-]", "_") + ".wcc");
    }

    /** @throws CorruptEntryException when the file exists but fails its integrity check */
    @Override
    public byte[] get(String key) throws IOException {
        byte[] file;
        try {
            file = Files.readAllBytes(fileFor(key));
        } catch (NoSuchFileException e) {
            return null;
        }
        int header = MAGIC.length + DIGEST_LENGTH;
        if (file.length < header || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new CorruptEntryException("bad header in " + fileFor(key));
        }
        byte[] payload = Arrays.copyOfRange(file, header, file.length);
        if (!Arrays.equals(sha256(payload), 0, DIGEST_LENGTH, file, MAGIC.length, header)) {
            throw new CorruptEntryException("checksum mismatch in " + fileFor(key));
        }
        return payload;
    }

    @Override
    public void putIfAbsent(String key, byte[] data) throws IOException {
        Path target = fileFor(key);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".tmp-", ".wcc");
        try {
            var buffer = ByteBuffer.allocate(MAGIC.length + DIGEST_LENGTH + data.length);
            buffer.put(MAGIC).put(sha256(data)).put(data);
            Files.write(tmp, buffer.array());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (FileAlreadyExistsException e) {
            // another writer published first: same key, same content
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes a (corrupt) entry; absent is fine. */
    void evict(String key) throws IOException {
        Files.deleteIfExists(fileFor(key));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A cache file that exists but cannot be trusted. */
    static final class CorruptEntryException extends IOException {
        CorruptEntryException(String message) {
            super(message);
        }
    }
}
