package dev.weft.conformance.run;

import dev.weft.conformance.wast.Directive;
import dev.weft.conformance.wast.ScriptHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which whole scripts are out of scope for now, with the reason reported for each of their directives:
 * scripts whose {@code ;;!} header needs a feature Weft lacks (or needs one switched off that Weft always has on),
 * and scripts the suite's own {@code nyi.txt} lists. Single directives are skipped when they assert a Wasmtime
 * implementation restriction rather than a Component Model rule, or when they are async cases Weft is known to
 * fail ({@code known-async-failures.txt}, each with its reason; {@code --include-async} runs them, and the
 * threading scripts, anyway).
 */
public final class SkipPolicy {
    /**
     * Header settings Weft handles: core-wasm proposals Endive parses and runs (exception handling included: tags
     * shared between core instances are linked by Weft), component-model features whose types Weft
     * models ({@code fixed-length lists}, {@code map}, {@code implements}), and {@code hogs_memory}, which only
     * tells Wasmtime's runner not to run the script in parallel with others.
     */
    public static final Set<String> SUPPORTED_FEATURES = Set.of(
            "reference_types", "bulk_memory", "multi_memory",
            "component_model_fixed_length_lists", "component_model_map", "component_model_implements",
            "hogs_memory", "exceptions");

    /** Features Weft cannot switch off, so scripts testing their absence are skipped. */
    public static final Set<String> ALWAYS_ON_FEATURES = Set.of(
            "reference_types", "bulk_memory", "multi_memory",
            "component_model_fixed_length_lists", "component_model_map", "component_model_implements",
            "exceptions");

    private static final String WASMTIME_SUITE = "wasmtime-component-model/";

    /**
     * {@code assert_invalid} messages in Wasmtime's suite that name limits of Wasmtime, not validation rules: the
     * components are valid per the Component Model (wasm-tools validates them), Wasmtime just refuses to compile
     * them.
     */
    public static final List<String> WASMTIME_RESTRICTIONS = List.of(
            "root-level component imports are not supported",
            "exporting a component from the root component is not supported",
            "is a reexport of an imported function which is not implemented");

    /** The header features of component-model async that Weft implements (tasks, streams, futures, errors). */
    public static final Set<String> ASYNC_FEATURES = Set.of(
            "component_model_async", "component_model_async_builtins", "component_model_more_async_builtins",
            "component_model_async_stackful", "component_model_error_context");

    /** Async features {@code --include-async} lets scripts use although Weft lacks them (threads). */
    public static final Set<String> UNSUPPORTED_ASYNC_FEATURES = Set.of("component_model_threading");

    private static final String KNOWN_FAILURES = "/known-async-failures.txt";

    private final Set<String> notYetImplemented;
    private final boolean includeNyi;
    private final boolean includeAsync;
    private final Map<String, String> knownAsyncFailures;

    /**
     * @param notYetImplemented script ids the suites' {@code nyi.txt} files list
     * @param includeNyi        run those scripts anyway
     */
    public SkipPolicy(Set<String> notYetImplemented, boolean includeNyi) {
        this(notYetImplemented, includeNyi, false);
    }

    /**
     * @param includeAsync also run the async cases known to fail and the scripts needing
     *                     {@link #UNSUPPORTED_ASYNC_FEATURES}, to see how far Weft gets
     */
    public SkipPolicy(Set<String> notYetImplemented, boolean includeNyi, boolean includeAsync) {
        this.notYetImplemented = Set.copyOf(notYetImplemented);
        this.includeNyi = includeNyi;
        this.includeAsync = includeAsync;
        this.knownAsyncFailures = includeAsync ? Map.of() : readKnownFailures();
    }

    /** {@code known-async-failures.txt}: lines {@code <script>:<line> <reason>}; {@code #} starts a comment. */
    static Map<String, String> readKnownFailures() {
        Map<String, String> known = new HashMap<>();
        try (InputStream in = SkipPolicy.class.getResourceAsStream(KNOWN_FAILURES)) {
            if (in == null) {
                throw new IllegalStateException("resource " + KNOWN_FAILURES + " is missing from the harness");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int space = trimmed.indexOf(' ');
                if (space < 0) {
                    throw new IllegalStateException(KNOWN_FAILURES + ": no reason given for " + trimmed);
                }
                known.put(trimmed.substring(0, space), trimmed.substring(space + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(known);
    }

    /** Why one directive of a running script is skipped, or empty when it runs. */
    public Optional<String> skipReason(String scriptId, Directive directive) {
        String known = knownAsyncFailures.get(scriptId + ":" + directive.line());
        if (known != null) {
            return Optional.of("known async failure: " + known + " (--include-async runs it)");
        }
        if (scriptId.startsWith(WASMTIME_SUITE) && directive instanceof Directive.AssertInvalid invalid) {
            for (String restriction : WASMTIME_RESTRICTIONS) {
                if (invalid.message().contains(restriction)) {
                    return Optional.of("Wasmtime implementation restriction, not a Component Model validation rule");
                }
            }
        }
        return Optional.empty();
    }

    /** Why the whole script is skipped, or empty when it runs. */
    public Optional<String> skipReason(String scriptId, ScriptHeader header) {
        Set<String> missing = new TreeSet<>(header.enabled());
        missing.removeAll(SUPPORTED_FEATURES);
        missing.removeAll(ASYNC_FEATURES);
        if (includeAsync) {
            missing.removeAll(UNSUPPORTED_ASYNC_FEATURES);
        }
        if (!missing.isEmpty()) {
            return Optional.of("needs feature " + String.join(", ", missing) + " (not supported yet)");
        }
        Set<String> off = new TreeSet<>(header.disabled());
        off.retainAll(ALWAYS_ON_FEATURES);
        if (!off.isEmpty()) {
            return Optional.of("needs feature " + String.join(", ", off) + " switched off (always on in Weft)");
        }
        if (!includeNyi && notYetImplemented.contains(scriptId)) {
            return Optional.of("listed in the suite's nyi.txt (not yet implemented upstream; --include-nyi runs it)");
        }
        return Optional.empty();
    }
}
