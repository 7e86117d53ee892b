package dev.weft.runtime.engine;

import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import dev.weft.runtime.meter.MeteredModule;
import dev.weft.runtime.meter.MeteringException;
import dev.weft.runtime.meter.ModuleMeter;
import dev.weft.runtime.split.ModuleSplitter;
import dev.weft.runtime.split.SplitModule;
import dev.weft.runtime.split.SplitSections;
import dev.weft.runtime.wasm.WasmFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import run.endive.wasm.InvalidException;
import run.endive.wasm.MalformedException;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;

/**
 * {@link CoreEngine} on Endive's bytecode compiler, with an in-memory cache (one compile per module bytes per
 * engine, concurrent callers wait for the first) and an optional disk cache shared between processes.
 */
final class EndiveEngine implements CoreEngine {
    private static final Logger LOG = LoggerFactory.getLogger(EndiveEngine.class);

    private final Optional<DiskCompileCache> disk;
    private final FunctionSplitting splitting;
    private final ConcurrentHashMap<String, CompletableFuture<LoadedModule>> memory = new ConcurrentHashMap<>();
    private final AtomicLong compiled = new AtomicLong();
    private final AtomicLong diskHits = new AtomicLong();
    private final AtomicLong memoryHits = new AtomicLong();
    private final AtomicLong corrupt = new AtomicLong();

    EndiveEngine(Optional<DiskCompileCache> disk) {
        this(disk, FunctionSplitting.DEFAULT);
    }

    EndiveEngine(Optional<DiskCompileCache> disk, FunctionSplitting splitting) {
        this.disk = disk;
        this.splitting = splitting;
    }

    @Override
    public CoreEngineStats stats() {
        return new CoreEngineStats(compiled.get(), diskHits.get(), memoryHits.get(), corrupt.get());
    }

    @Override
    public CoreModule compile(byte[] wasm) throws DecodeException, ValidationException {
        return compile(wasm, LoadedModule.MeteredGlobals.NONE);
    }

    @Override
    public CoreModule compile(byte[] wasm, Metering metering) throws DecodeException, ValidationException {
        if (!metering.any()) {
            return compile(wasm);
        }
        MeteredModule metered;
        try {
            metered = ModuleMeter.instrument(wasm, metering.fuel(), metering.callDepth());
        } catch (MeteringException | WasmFormatException e) {
            throw new DecodeException("cannot instrument the core module for metering: " + e.getMessage(), 0, e);
        }
        return compile(metered.wasm(), new LoadedModule.MeteredGlobals(metered.fuelGlobal(), metered.depthGlobal()));
    }

    @Override
    public CoreModule compile(byte[] wasm, String sha256Hex) throws DecodeException, ValidationException {
        return compile(wasm, sha256Hex, LoadedModule.MeteredGlobals.NONE);
    }

    private CoreModule compile(byte[] wasm, LoadedModule.MeteredGlobals meters)
            throws DecodeException, ValidationException {
        return compile(wasm, HexFormat.of().formatHex(DiskCompileCache.sha256(wasm)), meters);
    }

    private CoreModule compile(byte[] wasm, String sha, LoadedModule.MeteredGlobals meters)
            throws DecodeException, ValidationException {
        long start = System.nanoTime();
        var mine = new CompletableFuture<LoadedModule>();
        var earlier = memory.putIfAbsent(sha, mine);
        if (earlier != null) {
            LoadedModule loaded = await(earlier);
            memoryHits.incrementAndGet();
            return new EndiveModule(loaded, CompileSource.MEMORY_CACHE, Duration.ofNanos(System.nanoTime() - start));
        }
        try {
            var sourced = load(wasm, sha, meters);
            mine.complete(sourced.loaded());
            return new EndiveModule(sourced.loaded(), sourced.source(), Duration.ofNanos(System.nanoTime() - start));
        } catch (DecodeException | ValidationException | RuntimeException | Error e) {
            memory.remove(sha, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private record Sourced(LoadedModule loaded, CompileSource source) {}

    private Sourced load(byte[] wasm, String sha, LoadedModule.MeteredGlobals meters)
            throws DecodeException, ValidationException {
        String key = sha + "." + EngineVersions.CURRENT.cacheTag() + "." + splitting.cacheTag() + "."
                + GeneratedCodePass.cacheTag();
        byte[] original = wasm;
        if (disk.isPresent()) {
            var cached = loadCached(disk.get(), key, original, sha, meters);
            if (cached.isPresent()) {
                diskHits.incrementAndGet();
                return new Sourced(cached.get(), CompileSource.DISK_CACHE);
            }
        }
        SplitModule split = split(original, sha);
        WasmModule module;
        boolean cacheable = true;
        try {
            module = parse(split.wasm(), true);
        } catch (DecodeException | ValidationException e) {
            if (split.split() == 0) {
                throw e;
            }
            module = parse(original, true); // an invalid original reports its own error
            // a splitter bug must not cost the module: run it unsplit (interpreted where too large), uncached
            LOG.warn("core module sha256:{}: its split form does not validate ({}); compiling it unsplit",
                    sha.substring(0, 12), e.getMessage());
            split = new SplitModule(original, 0, 0, 0);
            cacheable = false;
        }
        wasm = split.wasm();
        ModuleLayout layout = ModuleLayout.of(module);
        EndiveCompiler.Result result;
        try {
            result = EndiveCompiler.compile(module, GuestFrames.classNameFor(sha));
        } catch (RuntimeException | LinkageError e) {
            throw new ValidationException("Endive could not compile the core module: " + e, -1);
        }
        compiled.incrementAndGet();
        // keep only what instances need: the decoded bodies of compiled functions can be collected
        WasmModule runtimeModule = CodelessModuleParser.parse(wasm, Set.copyOf(result.code().interpretedFunctions()));
        var loaded = loaded(sha, wasm, runtimeModule, layout, result.code(), result.machineFactory(), meters);
        if (!loaded.interpretedFunctions().isEmpty()) {
            LOG.warn("core module sha256:{}: {} function(s) too large for a JVM method run in the interpreter: {}",
                    sha.substring(0, 12), loaded.interpretedFunctions().size(), loaded.interpretedFunctions());
        }
        if (cacheable) {
            byte[] splitBytes = split.split() > 0 ? split.wasm() : null;
            disk.ifPresent(cache -> {
                if (splitBytes != null) {
                    storeSections(cache, key, splitBytes);
                }
                store(cache, key, result.code());
            });
        }
        return new Sourced(loaded, CompileSource.COMPILED);
    }

    /** The module with its too-large functions split (see {@link FunctionSplitting}), or as it is. */
    private SplitModule split(byte[] wasm, String sha) {
        if (!splitting.on()) {
            return new SplitModule(wasm, 0, 0, 0);
        }
        long start = System.nanoTime();
        try {
            var split = ModuleSplitter.split(wasm, splitting.options());
            if (split.split() > 0) {
                LOG.debug("core module sha256:{}: split {} function(s) into {} more in {} ms", sha.substring(0, 12),
                        split.split(), split.outlined(), (System.nanoTime() - start) / 1_000_000);
            }
            return split;
        } catch (WasmFormatException e) {
            // splitting is an optimisation: code it cannot read (a malformed body is reported by validation, an
            // instruction it does not know runs as it is) stays unsplit, the same way on every load
            LOG.warn("core module sha256:{}: not splitting its large functions: {}", sha.substring(0, 12),
                    e.getMessage());
            return new SplitModule(wasm, 0, 0, 0);
        }
    }

    /**
     * The module as the cached code was compiled from: for a split module without interpreted functions, the
     * original with the split's type, function and global sections (cached beside the code); else split again.
     */
    private byte[] runtimeBytes(DiskCompileCache cache, String key, byte[] original, String sha, CompiledCode code)
            throws IOException, DecodeException {
        if (!splitting.on()) {
            return original;
        }
        byte[] sections = code.interpretedFunctions().isEmpty() ? cache.get(key + SECTIONS) : null;
        return sections != null ? SplitSections.apply(original, sections) : split(original, sha).wasm();
    }

    private static final String SECTIONS = ".sections";

    private static void storeSections(DiskCompileCache cache, String key, byte[] splitWasm) {
        try {
            cache.putIfAbsent(key + SECTIONS, SplitSections.extract(splitWasm));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write compile-cache entry {}: {}", cache.fileFor(key + SECTIONS), e.toString());
        }
    }

    private Optional<LoadedModule> loadCached(DiskCompileCache cache, String key, byte[] original, String sha,
                                              LoadedModule.MeteredGlobals meters) {
        try {
            byte[] payload = cache.get(key);
            if (payload == null) {
                return Optional.empty();
            }
            CompiledCode code = CompiledCodeCodec.decode(payload);
            byte[] wasm = runtimeBytes(cache, key, original, sha, code);
            // the bytes hash to a module this Weft and Endive version already validated and compiled, so
            // skip validation and the decoding of compiled function bodies
            WasmModule module = CodelessModuleParser.parse(wasm, Set.copyOf(code.interpretedFunctions()));
            var loaded = loaded(sha, wasm, module, ModuleLayout.of(module), code,
                    CompiledClassLoader.machineFactory(code), meters);
            if (!loaded.interpretedFunctions().isEmpty()) {
                LOG.info("core module sha256:{} (from disk cache): {} function(s) run in the interpreter: {}",
                        sha.substring(0, 12), loaded.interpretedFunctions().size(), loaded.interpretedFunctions());
            }
            return Optional.of(loaded);
        } catch (IOException | RuntimeException | LinkageError | ValidationException | DecodeException e) {
            corrupt.incrementAndGet();
            LOG.warn("discarding unusable compile-cache entry {}: {}", cache.fileFor(key), e.toString());
            try {
                cache.evict(key);
                cache.evict(key + SECTIONS);
            } catch (IOException evictFailure) {
                LOG.warn("could not delete {}: {}", cache.fileFor(key), evictFailure.toString());
            }
            return Optional.empty();
        }
    }

    private static void store(DiskCompileCache cache, String key, CompiledCode code) {
        try {
            cache.putIfAbsent(key, CompiledCodeCodec.encode(code));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write compile-cache entry {}: {}", cache.fileFor(key), e.toString());
        }
    }

    private static LoadedModule loaded(String sha, byte[] wasm, WasmModule module, ModuleLayout layout,
                                       CompiledCode code, java.util.function.Function<run.endive.runtime.Instance,
                                               run.endive.runtime.Machine> factory,
                                       LoadedModule.MeteredGlobals meters) {
        IntFunction<String> namer = functionNamer(module);
        GuestFrames.register(code.mainClass(), namer);
        int[] sizes = code.interpretedFunctions().isEmpty() ? new int[0] : RawSections.of(wasm).functionBodySizes();
        List<InterpretedFunction> interpreted = code.interpretedFunctions().stream()
                .map(i -> new InterpretedFunction(i, Optional.ofNullable(nameOf(module, i)),
                        sizes[i - layout.importedFunctions()]))
                .toList();
        return new LoadedModule(sha, module, layout, factory, interpreted, meters, ModuleImage.of(module, layout));
    }

    /** Captures only the name section, not the module, since the namer outlives the engine. */
    private static IntFunction<String> functionNamer(WasmModule module) {
        var names = module.nameSection();
        return index -> {
            String name = names == null ? null : names.nameOfFunction(index);
            return name != null ? name : "func[" + index + "]";
        };
    }

    private static String nameOf(WasmModule module, int index) {
        var names = module.nameSection();
        return names == null ? null : names.nameOfFunction(index);
    }

    private static WasmModule parse(byte[] wasm, boolean validate) throws DecodeException, ValidationException {
        try {
            return Parser.builder().withValidation(validate).build().parse(() -> new ByteArrayInputStream(wasm));
        } catch (MalformedException e) {
            throw new DecodeException("malformed core module: " + e.getMessage(), 0, e);
        } catch (InvalidException e) {
            throw new ValidationException("invalid core module: " + e.getMessage(), -1);
        } catch (RuntimeException e) {
            throw new DecodeException("malformed core module: " + e, 0, e);
        }
    }

    private static LoadedModule await(CompletableFuture<LoadedModule> future)
            throws DecodeException, ValidationException {
        try {
            return future.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case DecodeException d -> throw d;
                case ValidationException v -> throw v;
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw e;
            }
        }
    }
}
