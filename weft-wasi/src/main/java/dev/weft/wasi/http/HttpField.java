package dev.weft.wasi.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One HTTP header or trailer field as {@code wasi:http} carries it: a lower-case name and raw value bytes. */
public record HttpField(String name, byte[] value) {
    public HttpField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public static HttpField of(String name, String value) {
        return new HttpField(name, value.getBytes(StandardCharsets.ISO_8859_1));
    }

    public String valueAsString() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }
}
