package dev.weft.conformance.run;

import dev.weft.conformance.convert.ConverterException;
import dev.weft.conformance.convert.TextConverter;
import dev.weft.conformance.sexpr.SExprException;
import dev.weft.conformance.wast.Directive;
import dev.weft.conformance.wast.DirectiveKind;
import dev.weft.conformance.wast.WastScript;
import dev.weft.conformance.wast.WastScriptReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code .wast} scripts against Weft: reads every script, converts all text forms in one batch, then runs
 * each script's directives. Without a {@link ScriptExecutor} it decodes and validates only.
 */
public final class ConformanceRunner {
    private final ComponentChecker checker;
    private final TextConverter converter;
    private final SkipPolicy policy;
    private final Optional<ScriptExecutor> executor;

    public ConformanceRunner(ComponentChecker checker, TextConverter converter, SkipPolicy policy,
                             Optional<ScriptExecutor> executor) {
        this.checker = checker;
        this.converter = converter;
        this.policy = policy;
        this.executor = executor;
    }

    public List<CaseResult> run(List<ScriptFile> files) throws IOException, ConverterException {
        Map<ScriptFile, WastScript> scripts = new LinkedHashMap<>();
        List<CaseResult> unreadable = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        for (ScriptFile file : files) {
            try {
                WastScript script = WastScriptReader.read(Files.readString(file.path(), StandardCharsets.UTF_8));
                scripts.put(file, script);
                if (policy.skipReason(file.id(), script.header()).isEmpty()) {
                    for (Directive directive : script.directives()) {
                        texts.addAll(FormBinaries.textsOf(directive));
                    }
                }
            } catch (SExprException e) {
                unreadable.add(new CaseResult(file.id() + ":" + e.line(), file.id(), e.line(), DirectiveKind.OTHER,
                        new Outcome.Failed("a readable script", "harness: " + e.getMessage())));
            }
        }
        FormBinaries binaries = new FormBinaries(converter.convertAll(texts));
        ScriptRunner runner = new ScriptRunner(new ValidationChecks(checker, binaries), executor, policy);
        List<CaseResult> results = new ArrayList<>(unreadable);
        scripts.forEach((file, script) ->
                results.addAll(runner.run(file, script, policy.skipReason(file.id(), script.header()))));
        return results;
    }
}
