package dev.weft.examples.pluginhost;

import dev.weft.error.WeftException;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Limits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code plugin-host PLUGIN.wasm... -- INPUT...}: loads each plugin, gives every input to every plugin with the
 * host's key-value store, and prints what each returned (or how it crashed).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws IOException {
        int split = List.of(args).indexOf("--");
        List<String> plugins = List.of(args).subList(0, split < 0 ? args.length : split);
        List<String> inputs = split < 0 ? List.of("hello plugin world") : List.of(args).subList(split + 1, args.length);
        Limits limits = Limits.builder().timeout(Duration.ofSeconds(30)).maxMemoryBytes(256L << 20).build();
        PluginHost host = new PluginHost(Engine.create(), message -> System.out.println("  [log] " + message),
                limits);
        MemoryKv store = new MemoryKv();
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (String p : plugins) {
            try {
                LoadedPlugin plugin = host.load(Path.of(p));
                System.out.println("loaded " + p + ": " + plugin.info().name() + " (" + plugin.info().language() + ")");
                loaded.add(plugin);
            } catch (WeftException e) {
                System.out.println("refused " + p + ": " + e.getMessage());
            }
        }
        for (String input : inputs) {
            for (LoadedPlugin plugin : loaded) {
                System.out.println(plugin.info().name() + "(\"" + input + "\") -> " + plugin.process(store, input));
            }
        }
        System.out.println("store: " + store.snapshot());
        loaded.forEach(LoadedPlugin::close);
    }
}
