package dev.weft.component.validate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * SHA-256 of core module bytes, remembered per byte array (by identity, weakly) so that the validator's cache key
 * and the engine's compile-cache key for the same module cost one hash, not two: in a cold JVM hashing a 12 MB
 * module is a visible part of {@code weft run}'s start-up. Thread-safe.
 */
public final class ModuleDigests {
    /** Arrays compare by identity, so this is an identity cache; entries go when the bytes are collected. */
    private static final Map<byte[], String> KNOWN = new WeakHashMap<>();

    private ModuleDigests() {
    }

    /** The lowercase hex SHA-256 of {@code bytes}; {@code bytes} must not be modified afterwards. */
    public static String sha256Hex(byte[] bytes) {
        synchronized (KNOWN) {
            String known = KNOWN.get(bytes);
            if (known != null) {
                return known;
            }
        }
        String digest;
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        synchronized (KNOWN) {
            KNOWN.put(bytes, digest);
        }
        return digest;
    }
}
