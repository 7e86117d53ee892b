package dev.weft.conformance;

import java.nio.file.Path;
import java.util.Optional;

/** The launcher's command line. */
record Options(String filter, boolean listFailures, boolean listSkips, boolean listMismatches, boolean strict,
               boolean writeBaseline, boolean includeNyi, boolean includeAsync,
               Optional<Path> conformanceRoot) {

    static final String USAGE = """
            usage: run-conformance [FILTER] [--list-failures] [--list-skips] [--list-mismatches] [--strict]
                                   [--write-baseline] [--include-nyi] [--include-async] [--root DIR]
              FILTER            a suite, folder or file below the conformance root, e.g. component-model,
                                component-model/values, values/strings.wast (default: everything)
              --list-failures   print only the failures, one per line (file:line, directive, expected vs got)
              --list-skips      list every skipped case with its reason
              --list-mismatches list passes whose error message differs from the script's text
              --strict          exit 1 when any case fails (default: exit 0; failures are expected for now)
              --write-baseline  rewrite weft-conformance/src/test/resources/baseline.txt with the passing cases
              --include-nyi     also run scripts listed in a suite's nyi.txt
              --include-async   also run the async cases known to fail and the threading scripts
              --root DIR        the conformance root (default: <repo>/../shared/conformance)""";

    static Options parse(String[] args) throws UsageException {
        String filter = "";
        boolean listFailures = false;
        boolean listSkips = false;
        boolean listMismatches = false;
        boolean strict = false;
        boolean writeBaseline = false;
        boolean includeNyi = false;
        boolean includeAsync = false;
        Optional<Path> root = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--list-failures" -> listFailures = true;
                case "--list-skips" -> listSkips = true;
                case "--list-mismatches" -> listMismatches = true;
                case "--strict" -> strict = true;
                case "--write-baseline" -> writeBaseline = true;
                case "--include-nyi" -> includeNyi = true;
                case "--include-async" -> includeAsync = true;
                case "--root" -> {
                    if (++i >= args.length) {
                        throw new UsageException("--root needs a directory");
                    }
                    root = Optional.of(Path.of(args[i]));
                }
                case "-h", "--help" -> throw new UsageException("");
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new UsageException("unknown option " + args[i]);
                    }
                    if (!filter.isEmpty()) {
                        throw new UsageException("only one FILTER may be given");
                    }
                    filter = args[i];
                }
            }
        }
        if (writeBaseline && !filter.isEmpty()) {
            throw new UsageException("--write-baseline records the whole run; give no FILTER with it");
        }
        if (writeBaseline && (includeNyi || includeAsync)) {
            throw new UsageException("--write-baseline records the default run; do not combine it with --include-nyi"
                    + " or --include-async");
        }
        return new Options(filter, listFailures, listSkips, listMismatches, strict, writeBaseline, includeNyi,
                includeAsync, root);
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
