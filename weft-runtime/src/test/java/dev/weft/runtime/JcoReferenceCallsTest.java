package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.testkit.Fixtures;
import dev.weft.testkit.JcoReference;
import dev.weft.value.ResourceVal;
import dev.weft.value.Val;
import dev.weft.wave.WaveParser;
import dev.weft.wave.WavePrinter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Calls the exports of the hand-written fixture components (fixtures/wat, examples) with the arguments of jco's
 * reference run ({@code fixtures/build/NAME.reference.json}) and expects jco's results, compared as values of
 * the function's result type (arguments and results are WAVE text).
 */
class JcoReferenceCallsTest {

    @TestFactory
    Stream<DynamicTest> callsMatchJco() {
        return Stream.of("example-hello", "basics", "nested").flatMap(JcoReferenceCallsTest::casesOf);
    }

    /** The same calls on code instrumented with both meters (fuel and call depth) give the same results. */
    @TestFactory
    Stream<DynamicTest> meteredCallsMatchJco() {
        Engine metered = Engine.builder().withoutDiskCache().withFuel().withCallDepthMeter()
                .withDefaultLimits(Limits.builder().fuel(1_000_000_000L).maxCallDepth(1000).build()).build();
        return Stream.of("example-hello", "basics", "nested").flatMap(name -> casesOf(name, metered));
    }

    private static Stream<DynamicTest> casesOf(String name) {
        return casesOf(name, Engine.builder().withoutDiskCache().build());
    }

    private static Stream<DynamicTest> casesOf(String name, Engine engine) {
        JcoReference reference = JcoReference.load(name);
        assertTrue(reference.calls().size() >= 3, name + " has too few reference calls");
        ComponentInstance instance = instantiate(name, engine);
        return reference.calls().stream().map(call -> DynamicTest.dynamicTest(
                name + " " + call.interfaceName().map(i -> i + "#").orElse("") + call.function() + call.args(),
                () -> {
                    ComponentFunction function = call.interfaceName()
                            .flatMap(i -> instance.function(i, call.function()))
                            .or(() -> call.interfaceName().isEmpty() ? instance.function(call.function())
                                    : Optional.empty())
                            .orElseThrow(() -> new AssertionError("no export " + call));
                    List<Val> args = new ArrayList<>();
                    for (int i = 0; i < call.args().size(); i++) {
                        args.add(WaveParser.parse(function.type().params().get(i).type(), call.args().get(i)));
                    }
                    Val expected = WaveParser.parse(function.type().result().orElseThrow(),
                            call.result().orElseThrow());
                    Val actual = function.invoke(args.toArray(Val[]::new)).orElseThrow();
                    assertEquals(expected, actual, () -> "weft returned "
                            + WavePrinter.print(function.type().result().orElseThrow(), actual)
                            + ", jco " + call.result().orElseThrow());
                }));
    }

    /**
     * The counter resource of fixtures/wat/resources.wat, step by step as jco ran it; the host drops an own
     * handle with {@link ComponentInstance#drop}, and the component's destructor counts it ({@code dropped}).
     */
    @TestFactory
    Stream<DynamicTest> resourceStepsMatchJco() {
        JcoReference reference = JcoReference.load("resources");
        String iface = "test:resources/counters";
        ComponentInstance instance = instantiate("resources");
        Map<String, ResourceVal> handles = new HashMap<>();
        List<JcoReference.ResourceStep> steps = reference.resourceSteps();
        assertTrue(steps.stream().anyMatch(step -> step.op().equals("drop")), "no host drop in " + steps);
        return steps.stream().map(step -> DynamicTest.dynamicTest(
                "resources " + step.op() + " " + step.self().orElse("") + step.function().orElse("") + step.args(),
                () -> {
                    if (step.op().equals("drop")) {
                        instance.drop(handles.remove(step.self().orElseThrow()));
                        return;
                    }
                    String exportName = switch (step.op()) {
                        case "constructor" -> "[constructor]counter";
                        case "method" -> "[method]counter." + step.function().orElseThrow();
                        case "static" -> "[static]counter." + step.function().orElseThrow();
                        case "call" -> step.function().orElseThrow();
                        default -> throw new AssertionError("unexpected step " + step);
                    };
                    ComponentFunction function = instance.function(iface, exportName)
                            .orElseThrow(() -> new AssertionError("no export " + exportName));
                    List<Val> args = new ArrayList<>();
                    step.self().ifPresent(self -> args.add(new ResourceVal(handles.get(self).handle(), false)));
                    for (int i = 0; i < step.args().size(); i++) {
                        String arg = step.args().get(i);
                        args.add(handles.containsKey(arg) ? handles.remove(arg)
                                : WaveParser.parse(function.type().params().get(args.size()).type(), arg));
                    }
                    Optional<Val> result = function.invoke(args.toArray(Val[]::new));
                    if (step.id().isPresent()) {
                        handles.put(step.id().get(), (ResourceVal) result.orElseThrow());
                    }
                    if (step.result().isPresent()) {
                        assertEquals(WaveParser.parse(function.type().result().orElseThrow(), step.result().get()),
                                result.orElseThrow(), step.toString());
                    }
                }));
    }

    private static ComponentInstance instantiate(String name) {
        return instantiate(name, Engine.builder().withoutDiskCache().build());
    }

    private static ComponentInstance instantiate(String name, Engine engine) {
        try {
            Component component = Component.decode(Fixtures.componentBytes(name));
            return new Linker().prepare(engine, component).instantiate();
        } catch (Exception e) {
            throw new AssertionError("instantiating fixture " + name + ": " + e, e);
        }
    }
}
