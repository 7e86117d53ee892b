package dev.weft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A project template of {@code weft new}, kept as resources under {@code dev/weft/cli/templates/<id>/}. Its
 * {@code files.txt} lists every file ({@code resource [target]}); text files get {@code __NAME__} replaced by the
 * application name.
 */
enum AppTemplate {
    /** One JavaScript {@code wasi:http} handler built with componentize-js. */
    HTTP_JS("http-js", "a JavaScript wasi:http handler built with componentize-js");

    static final String NAME_PLACEHOLDER = "__NAME__";

    private final String id;
    private final String description;

    AppTemplate(String id, String description) {
        this.id = id;
        this.description = description;
    }

    String id() {
        return id;
    }

    String description() {
        return description;
    }

    /** The template called {@code id} ({@code http-js}). */
    static AppTemplate of(String id) {
        for (AppTemplate t : values()) {
            if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new UserError("--template " + id + ": unknown template; known: " + known());
    }

    static String known() {
        return String.join(", ", java.util.Arrays.stream(values()).map(AppTemplate::id).toList());
    }

    /** One file of the template: where it is stored and where it goes in the new project. */
    record Entry(String resource, String target) {
    }

    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String line : new String(read("files.txt"), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (!parts[0].isEmpty()) {
                entries.add(new Entry(parts[0], parts.length > 1 ? parts[1] : parts[0]));
            }
        }
        return entries;
    }

    /** Writes every file of the template into {@code dir}, naming the application {@code name}; returns them. */
    List<Path> writeTo(Path dir, String name) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Entry e : entries()) {
            Path target = dir.resolve(e.target());
            Files.createDirectories(target.getParent());
            String text = new String(read(e.resource()), StandardCharsets.UTF_8);
            Files.writeString(target, text.replace(NAME_PLACEHOLDER, name));
            written.add(target);
        }
        return written;
    }

    private byte[] read(String resource) {
        String path = "templates/" + id + "/" + resource;
        try (InputStream in = AppTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("template resource " + path + " is missing from the weft jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading template resource " + path, e);
        }
    }
}
