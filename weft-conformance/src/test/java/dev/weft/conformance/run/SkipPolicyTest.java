package dev.weft.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.conformance.wast.Directive;
import dev.weft.conformance.wast.ScriptHeader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which async scripts and cases run by default, and which need {@code --include-async}. */
class SkipPolicyTest {
    @Test
    void asyncFeaturesRunByDefaultButThreadingNeedsIncludeAsync() {
        SkipPolicy policy = new SkipPolicy(Set.of(), false);
        assertTrue(policy.skipReason("component-model/async/x.wast",
                ScriptHeader.read(";;! component_model_async = true\n;;! component_model_error_context = true\n"))
                .isEmpty());
        assertTrue(policy.skipReason("component-model/async/x.wast",
                ScriptHeader.read(";;! component_model_threading = true\n")).orElseThrow()
                .contains("component_model_threading"));
        assertTrue(new SkipPolicy(Set.of(), false, true).skipReason("component-model/async/x.wast",
                ScriptHeader.read(";;! component_model_threading = true\n")).isEmpty());
    }

    @Test
    void everyKnownAsyncFailureHasAReasonAndIsSkippedWithIt() {
        Map<String, String> known = SkipPolicy.readKnownFailures();
        assertFalse(known.isEmpty());
        String id = known.keySet().iterator().next();
        int colon = id.lastIndexOf(':');
        String script = id.substring(0, colon);
        int line = Integer.parseInt(id.substring(colon + 1));
        Directive directive = new Directive.Unknown("x", line);
        String reason = new SkipPolicy(Set.of(), false).skipReason(script, directive).orElseThrow();
        assertEquals("known async failure: " + known.get(id) + " (--include-async runs it)", reason);
        assertTrue(new SkipPolicy(Set.of(), false, true).skipReason(script, directive).isEmpty(),
                "--include-async runs the known failures");
    }
}
