package dev.weft.conformance.run;

import dev.weft.conformance.wast.Directive;
import dev.weft.conformance.wast.ScriptHeader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which whole scripts are out of scope for now, with the reason reported for each of their directives:
 * the component-model suite's {@code async/} folder, scripts whose {@code ;;!} header needs a feature Weft lacks
 * (or needs one switched off that Weft always has on), and scripts the suite's own {@code nyi.txt} lists. Single
 * directives are skipped when they assert a Wasmtime implementation restriction rather than a Component Model rule.
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

    private static final String ASYNC_FOLDER = "component-model/async/";
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

    /** The header features of component-model async; {@code --include-async} runs the scripts needing them. */
    public static final Set<String> ASYNC_FEATURES = Set.of(
            "component_model_async", "component_model_async_builtins", "component_model_more_async_builtins",
            "component_model_async_stackful", "component_model_error_context", "component_model_threading");

    private final Set<String> notYetImplemented;
    private final boolean includeNyi;
    private final boolean includeAsync;

    /**
     * @param notYetImplemented script ids the suites' {@code nyi.txt} files list
     * @param includeNyi        run those scripts anyway
     */
    public SkipPolicy(Set<String> notYetImplemented, boolean includeNyi) {
        this(notYetImplemented, includeNyi, false);
    }

    /**
     * @param includeAsync run the async scripts that are skipped by default (the {@code async/} folder and scripts
     *                     whose header enables an {@link #ASYNC_FEATURES} feature), to see how far Weft gets
     */
    public SkipPolicy(Set<String> notYetImplemented, boolean includeNyi, boolean includeAsync) {
        this.notYetImplemented = Set.copyOf(notYetImplemented);
        this.includeNyi = includeNyi;
        this.includeAsync = includeAsync;
    }

    /** Why one directive of a running script is skipped, or empty when it runs. */
    public Optional<String> skipReason(String scriptId, Directive directive) {
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
        if (!includeAsync && scriptId.startsWith(ASYNC_FOLDER)) {
            return Optional.of("Component Model async (component-model async/ folder) is not supported yet");
        }
        Set<String> missing = new TreeSet<>(header.enabled());
        missing.removeAll(SUPPORTED_FEATURES);
        if (includeAsync) {
            missing.removeAll(ASYNC_FEATURES);
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
