package dev.weft.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AllTypesReferenceTest {
    @Test
    void everyExportOfTheApiWasCalled() {
        AllTypesReference reference = AllTypesReference.load();
        Set<String> called = reference.calls().stream().map(AllTypesReference.Call::function)
                .collect(Collectors.toSet());
        // every function of test:all-types/api in fixtures/js/all-types/world.wit
        String wit = Fixtures.readString(Fixtures.source("js/all-types/world.wit"));
        List<String> declared = new ArrayList<>();
        int depth = 0;
        for (String line : wit.substring(wit.indexOf("interface api")).lines().map(String::strip).toList()) {
            // functions of the interface itself: depth 1 (resource methods are at depth 2)
            if (depth == 1 && line.matches("[a-z0-9-]+: func\\(.*")) {
                declared.add(line.substring(0, line.indexOf(':')));
            }
            depth += (int) line.chars().filter(c -> c == '{').count() - (int) line.chars().filter(c -> c == '}').count();
            if (depth == 0 && line.endsWith("}")) {
                break;
            }
        }
        assertTrue(declared.size() >= 25, declared.toString());
        assertEquals(Set.copyOf(declared), called);
    }

    @Test
    void eachCallHasAResultOrATrap() {
        for (AllTypesReference.Call call : AllTypesReference.load().calls()) {
            assertNotEquals(call.result().isPresent(), call.trap().isPresent(), call.toString());
            assertEquals(call.trap().isPresent(), call.freshInstanceAfter(), call.toString());
        }
    }

    @Test
    void knownValuesFromJco() {
        AllTypesReference reference = AllTypesReference.load();
        AllTypesReference.Call scale = reference.calls().stream()
                .filter(c -> c.function().equals("scale-point") && c.args().get(1).equals("3")).findFirst().orElseThrow();
        assertEquals(List.of("{x: 1, y: -2}", "3"), scale.args());
        assertEquals("{x: 3, y: -6}", scale.result().orElseThrow());
        AllTypesReference.Call host = reference.calls().stream()
                .filter(c -> c.function().equals("call-host") && c.args().equals(List.of("14"))).findFirst().orElseThrow();
        assertEquals("43", host.result().orElseThrow());
        assertEquals(List.of("call-host 14"), host.hostLog());
        assertEquals("drop", reference.resourceSteps().getLast().op());
    }
}
