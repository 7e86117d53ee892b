package dev.weft.testkit;

import dev.weft.testkit.json.Json;
import dev.weft.testkit.json.JsonParser;
import java.util.List;
import java.util.Optional;

/**
 * jco's results for the exports of {@code fixtures/build/js-all-types.wasm} (interface
 * {@code test:all-types/api}), from {@code fixtures/build/js-all-types.reference.json}. Values are WAVE text.
 * The host imports {@code test:all-types/host}: {@code log(message)} is recorded, {@code transform(x)} returns
 * {@code x * 3} (wrapping u32).
 *
 * @param calls         each export called with fixed arguments
 * @param resourceSteps a script over the {@code accumulator} resource
 */
public record AllTypesReference(List<Call> calls, List<ResourceStep> resourceSteps) {

    public AllTypesReference {
        calls = List.copyOf(calls);
        resourceSteps = List.copyOf(resourceSteps);
    }

    /**
     * One call. Exactly one of {@code result} (WAVE) and {@code trap} (jco's message) is present; after a trap
     * the reference continued on a fresh instance ({@code freshInstanceAfter}).
     */
    public record Call(String function, List<String> args, Optional<String> result, Optional<String> trap,
            List<String> hostLog, boolean freshInstanceAfter) {
        public Call {
            args = List.copyOf(args);
            hostLog = List.copyOf(hostLog);
        }
    }

    /**
     * One step over the accumulator resource: {@code op} is constructor (creates {@code id}), method (on
     * {@code self}), static (creates {@code id} from the handles named in args) or drop (of {@code self}).
     */
    public record ResourceStep(String op, Optional<String> id, Optional<String> self, Optional<String> method,
            List<String> args, Optional<String> result) {
        public ResourceStep {
            args = List.copyOf(args);
        }
    }

    /** Reads {@code fixtures/build/js-all-types.reference.json} (fails the test when it has not been built). */
    public static AllTypesReference load() {
        Json.JsonObject root = JsonParser.parse(Fixtures.readString(Fixtures.fixture("js-all-types.reference.json")))
                .asObject();
        List<Call> calls = root.get("calls").asList().stream().map(Json::asObject).map(c -> new Call(
                c.get("function").asString(),
                strings(c.get("args")),
                optional(c.get("result")),
                optional(c.get("trap")),
                strings(c.get("host_log")),
                c.get("fresh_instance_after").asBoolean())).toList();
        List<ResourceStep> steps = root.get("resource_steps").asList().stream().map(Json::asObject)
                .map(s -> new ResourceStep(
                        s.get("op").asString(),
                        optional(s.get("id")),
                        optional(s.get("self")),
                        optional(s.get("method")).or(() -> optional(s.get("function"))),
                        strings(s.get("args")),
                        optional(s.get("result"))))
                .toList();
        return new AllTypesReference(calls, steps);
    }

    private static List<String> strings(Json json) {
        return json.asList().stream().map(Json::asString).toList();
    }

    private static Optional<String> optional(Json json) {
        return json.isNull() ? Optional.empty() : Optional.of(json.asString());
    }
}
