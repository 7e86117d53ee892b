package dev.weft.cli;

import dev.weft.component.Component;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import dev.weft.error.WeftException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the files named on the command line, with errors that name the file. */
final class InputFiles {
    private static final byte[] MAGIC = {0x00, 0x61, 0x73, 0x6d};

    private InputFiles() {
    }

    static byte[] read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new UserError(file + ": is a directory, expected a .wasm file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        }
    }

    /** Reads {@code file} as WebAssembly: a file that is empty or does not start with {@code \0asm} is refused. */
    static byte[] readWasm(Path file) throws IOException {
        byte[] bytes = read(file);
        if (bytes.length == 0) {
            throw new UserError(file + ": the file is empty, expected a WebAssembly component (.wasm)");
        }
        if (!startsWithMagic(bytes)) {
            throw new UserError(file + ": not a WebAssembly file (a .wasm file starts with the bytes \\0asm)");
        }
        return bytes;
    }

    /**
     * Reads, decodes and validates the component in {@code file}. A core module is refused with how to make a
     * component of it; decode and validation errors name the file as well as the offset.
     */
    static Component component(Path file) throws IOException {
        byte[] bytes = readWasm(file);
        if (bytes.length >= 8 && bytes[4] == 1 && bytes[5] == 0 && bytes[6] == 0 && bytes[7] == 0) {
            throw new UserError(file + ": is a core module, not a component; make a component of it with "
                    + "`jco new " + file + " -o component.wasm` (or `wasm-tools component new`)");
        }
        try {
            return Component.decode(bytes);
        } catch (DecodeException | ValidationException e) {
            throw inFile(file, e);
        }
    }

    /** A decode or validation error of {@code file}, as one line that names the file. */
    static UserError inFile(Path file, WeftException e) {
        return new UserError(file + ": " + ErrorReporter.describe(e));
    }

    private static boolean startsWithMagic(byte[] bytes) {
        if (bytes.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
