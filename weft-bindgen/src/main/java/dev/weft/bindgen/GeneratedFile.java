package dev.weft.bindgen;

/** One generated Java source: its path under the output root ({@code com/acme/Api.java}) and its text. */
public record GeneratedFile(String relativePath, String content) {
}
