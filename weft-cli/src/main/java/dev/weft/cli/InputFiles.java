package dev.weft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the files named on the command line, with errors that name the file. */
final class InputFiles {
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
}
