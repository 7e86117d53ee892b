package dev.weft.testkit;

import dev.weft.testkit.json.Json;
import dev.weft.testkit.json.JsonParser;
import java.util.List;
import java.util.Optional;

/**
 * jco's results for calls into a built fixture, from {@code fixtures/build/NAME.reference.json}; values are
 * WAVE text. Written by {@code fixtures/tools/all-types-reference.mjs} ({@code js-all-types}) and
 * {@code fixtures/tools/wat-references.mjs} ({@code example-hello}, {@code basics}, {@code nested},
 * {@code host-import}, {@code resources}).
 *
 * <p>Hosts the references assumed: {@code js-all-types} imports {@code test:all-types/host}, where
 * {@code log(message)} is recorded and {@code transform(x)} returns {@code x * 3} (wrapping u32);
 * {@code host-import} imports {@code test:host/env}, where {@code log(level, msg)} is recorded as
 * {@code "LEVEL: msg"} and {@code name()} returns {@code "Wëft"}. {@link #host()} holds that note.
 *
 * @param component     the fixture name
 * @param host          what the reference host did, when the fixture has imports
 * @param calls         exports called with fixed arguments, in order (one instance, renewed after a trap)
 * @param resourceSteps a script over the fixture's resource, on one instance
 */
public record JcoReference(String component, Optional<String> host, List<Call> calls,
        List<ResourceStep> resourceSteps) {

    public JcoReference {
        calls = List.copyOf(calls);
        resourceSteps = List.copyOf(resourceSteps);
    }

    /**
     * One call of {@code function} (in exported interface {@code interfaceName}, or a top-level export when
     * empty). Exactly one of {@code result} (WAVE) and {@code trap} (jco's message) is present; after a trap the
     * reference continued on a fresh instance ({@code freshInstanceAfter}). {@code hostLog} is what the host's
     * logging import received during the call.
     */
    public record Call(Optional<String> interfaceName, String function, List<String> args, Optional<String> result,
            Optional<String> trap, List<String> hostLog, boolean freshInstanceAfter) {
        public Call {
            args = List.copyOf(args);
            hostLog = List.copyOf(hostLog);
        }
    }

    /**
     * One step over a resource: {@code op} is {@code constructor} (creates handle {@code id}), {@code method}
     * (named by {@code function}, on handle {@code self}), {@code static} (static function {@code function};
     * creates {@code id} when it returns a resource), {@code call} (plain function of the interface; handle
     * names in {@code args} are passed, an {@code own} moves the handle) or {@code drop} (of {@code self}).
     */
    public record ResourceStep(String op, Optional<String> id, Optional<String> self, Optional<String> function,
            List<String> args, Optional<String> result) {
        public ResourceStep {
            args = List.copyOf(args);
        }
    }

    /** Reads {@code fixtures/build/NAME.reference.json} (fails the test when it has not been built). */
    public static JcoReference load(String name) {
        Json.JsonObject root = JsonParser.parse(Fixtures.readString(Fixtures.fixture(name + ".reference.json")))
                .asObject();
        List<Call> calls = root.get("calls").asList().stream().map(Json::asObject).map(c -> new Call(
                optional(c.get("interface")),
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
        return new JcoReference(root.get("component").asString(), optional(root.get("host")), calls, steps);
    }

    private static List<String> strings(Json json) {
        return json.asList().stream().map(Json::asString).toList();
    }

    private static Optional<String> optional(Json json) {
        return json.isNull() ? Optional.empty() : Optional.of(json.asString());
    }
}
