package dev.weft.app.host;

import dev.weft.app.manifest.ComponentSpec;
import dev.weft.app.manifest.ManifestException;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the {@code .wasm} of every component of an {@link AppHost} ({@code weft up --watch}) and, once a file has
 * been quiet for the debounce time, {@linkplain AppHost#reload reloads} that component. Every reload logs one line:
 * {@code reloaded home (home.wasm) in 42 ms} or {@code reload of home failed, still serving the old version: ...}.
 */
public final class ComponentWatcher implements AutoCloseable {
    /** How long a file must stay unchanged before it is reloaded. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(200);

    private final AppHost host;
    private final Consumer<String> log;
    private final Duration debounce;
    private final WatchService watcher;
    private final Map<Path, Set<String>> idsByFile = new HashMap<>();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final Thread thread;

    private ComponentWatcher(AppHost host, Consumer<String> log, Duration debounce) throws IOException {
        this.host = host;
        this.log = log;
        this.debounce = debounce;
        this.watcher = FileSystems.getDefault().newWatchService();
        Set<Path> folders = new HashSet<>();
        for (ComponentSpec spec : host.manifest().components().values()) {
            Path file = spec.source().toAbsolutePath().normalize();
            idsByFile.computeIfAbsent(file, f -> new HashSet<>()).add(spec.id());
            folders.add(file.getParent());
        }
        try {
            for (Path folder : folders) {
                folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "weft-reload"));
        this.thread = daemon(this::watch, "weft-watch");
        thread.start();
    }

    /** Starts watching {@code host}'s component files; {@code log} gets one line per reload. */
    public static ComponentWatcher start(AppHost host, Consumer<String> log, Duration debounce) throws IOException {
        return new ComponentWatcher(host, log, debounce);
    }

    private static Thread daemon(Runnable r, String name) {
        // reloads compile the component on this thread; give it the room guest code gets elsewhere
        Thread t = new Thread(null, r, name, 64L << 20);
        t.setDaemon(true);
        return t;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        Path file = folder.resolve(name).toAbsolutePath().normalize();
                        idsByFile.getOrDefault(file, Set.of()).forEach(this::schedule);
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void schedule(String id) {
        pending.compute(id, (k, previous) -> {
            if (previous != null) {
                previous.cancel(false);
            }
            return timer.schedule(() -> reload(id), debounce.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void reload(String id) {
        long start = System.nanoTime();
        try {
            AppComponent fresh = host.reload(id);
            log.accept("reloaded " + id + " (" + fresh.spec().source().getFileName() + ") in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (ManifestException e) {
            log.accept("reload of " + id + " failed, still serving the old version: " + e.getMessage());
        } catch (RuntimeException e) {
            log.accept("reload of " + id + " failed, still serving the old version: " + e);
        }
    }

    /** The ids watched, for the startup message. */
    public List<String> componentIds() {
        return idsByFile.values().stream().flatMap(Set::stream).sorted().toList();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
        timer.shutdownNow();
    }
}
