package dev.weft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create a new application folder from a template: a weft.toml with one component on route "
                + "/..., its source, its WIT world and a build script.",
                "Templates: http-js (a JavaScript wasi:http handler built with componentize-js: "
                        + "cd NAME && npm install && npm run build && weft up --watch)."})
final class NewCommand implements Callable<Integer> {
    /** What a weft.toml accepts as a component id (kebab-case), so the name can be one. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Option(names = {"-t", "--template"}, paramLabel = "TEMPLATE", defaultValue = "http-js",
            description = "the template (default: ${DEFAULT-VALUE})")
    String template;

    @Parameters(index = "0", paramLabel = "NAME",
            description = "the new folder; its last segment names the app and its component (kebab-case)")
    Path folder;

    @Override
    public Integer call() throws IOException {
        AppTemplate chosen = AppTemplate.of(template);
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        if (!NAME.matcher(name).matches()) {
            throw new UserError("NAME " + name + ": use lower-case letters and digits separated by '-' (kebab-case), "
                    + "as it becomes the component id");
        }
        if (Files.exists(folder) && !(Files.isDirectory(folder) && isEmpty(folder))) {
            throw new UserError(folder + " already exists and is not an empty folder");
        }
        Files.createDirectories(folder);
        var files = chosen.writeTo(folder, name);
        System.out.println("Created " + folder + " from template " + chosen.id() + " (" + files.size() + " files):");
        System.out.println("  cd " + folder + " && npm install && npm run build && weft up --watch");
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
