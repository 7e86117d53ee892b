package dev.weft.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JcoReferenceTest {
    @Test
    void everyExportOfTheApiWasCalled() {
        JcoReference reference = JcoReference.load("js-all-types");
        Set<String> called = reference.calls().stream().map(JcoReference.Call::function)
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
        for (JcoReference.Call call : JcoReference.load("js-all-types").calls()) {
            assertNotEquals(call.result().isPresent(), call.trap().isPresent(), call.toString());
            assertEquals(call.trap().isPresent(), call.freshInstanceAfter(), call.toString());
        }
    }

    @Test
    void knownValuesFromJco() {
        JcoReference reference = JcoReference.load("js-all-types");
        JcoReference.Call scale = reference.calls().stream()
                .filter(c -> c.function().equals("scale-point") && c.args().get(1).equals("3")).findFirst().orElseThrow();
        assertEquals(List.of("{x: 1, y: -2}", "3"), scale.args());
        assertEquals("{x: 3, y: -6}", scale.result().orElseThrow());
        JcoReference.Call host = reference.calls().stream()
                .filter(c -> c.function().equals("call-host") && c.args().equals(List.of("14"))).findFirst().orElseThrow();
        assertEquals("43", host.result().orElseThrow());
        assertEquals(List.of("call-host 14"), host.hostLog());
        assertEquals("drop", reference.resourceSteps().getLast().op());
    }

    @Test
    void handWrittenComponentsHaveReferences() {
        JcoReference hello = JcoReference.load("example-hello");
        assertEquals("\"Hello, World!\"", hello.calls().getFirst().result().orElseThrow());
        assertTrue(hello.calls().getFirst().interfaceName().isEmpty());

        JcoReference basics = JcoReference.load("basics");
        JcoReference.Call add = basics.calls().stream()
                .filter(c -> c.function().equals("add") && c.args().getFirst().equals("4294967295")).findFirst()
                .orElseThrow();
        assertEquals(java.util.Optional.of("test:basics/api"), add.interfaceName());
        assertEquals("1", add.result().orElseThrow(), "u32 addition wraps");

        JcoReference host = JcoReference.load("host-import");
        JcoReference.Call run = host.calls().getLast();
        assertEquals(List.of("3"), run.args());
        assertEquals(List.of("info: tick", "info: tick", "info: tick", "warn: Wëft"), run.hostLog());
        assertTrue(host.host().orElseThrow().contains("Wëft"));

        assertEquals("2147483648", JcoReference.load("nested").calls().getLast().result().orElseThrow());

        List<JcoReference.ResourceStep> steps = JcoReference.load("resources").resourceSteps();
        assertEquals("consume", steps.get(7).function().orElseThrow());
        assertEquals("7", steps.get(7).result().orElseThrow());
        assertEquals("2", steps.getLast().result().orElseThrow(), "both counters dropped");
    }
}
