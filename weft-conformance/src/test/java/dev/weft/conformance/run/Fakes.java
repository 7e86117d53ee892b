package dev.weft.conformance.run;

import dev.weft.conformance.convert.Conversion;
import dev.weft.conformance.convert.TextConverter;
import dev.weft.conformance.wast.Action;
import dev.weft.error.DecodeException;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.error.ValidationException;
import dev.weft.error.WeftException;
import dev.weft.value.Val;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test doubles: outcomes are chosen by marker words in a form's text or bytes. */
final class Fakes {
    private Fakes() {
    }

    /** Rejects texts containing REJECT; otherwise the "binary" is the text's bytes. Counts its batches. */
    static final class Converter implements TextConverter {
        final List<Collection<String>> batches = new ArrayList<>();

        @Override
        public Map<String, Conversion> convertAll(Collection<String> texts) {
            batches.add(List.copyOf(texts));
            Map<String, Conversion> results = new LinkedHashMap<>();
            for (String text : texts) {
                results.put(text, text.contains("REJECT") ? new Conversion.Rejected("parser says no")
                        : new Conversion.Converted(text.getBytes(StandardCharsets.UTF_8)));
            }
            return results;
        }
    }

    /** INVALID → ValidationException, MALFORMED → DecodeException, CRASH → NullPointerException. */
    static final class Checker implements ComponentChecker {
        @Override
        public void check(byte[] binary) throws DecodeException, ValidationException {
            String text = new String(binary, StandardCharsets.ISO_8859_1);
            if (text.contains("INVALID")) {
                throw new ValidationException("invalid thing", 3);
            }
            if (text.contains("MALFORMED")) {
                throw new DecodeException("malformed thing", 5);
            }
            if (text.contains("CRASH")) {
                throw new NullPointerException("oops");
            }
        }
    }

    /**
     * Invoking "trap" traps, "unsupported" declines, "forever" blocks until {@code release}, anything else returns
     * {@code results}; logs every call.
     */
    static final class Executor implements ScriptExecutor {
        final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<Val> results = List.of();

        @Override
        public ScriptSession open(String scriptId) {
            log.add("open " + scriptId);
            return new ScriptSession() {
                @Override
                public void define(Optional<String> id, byte[] component) {
                    log.add("define " + id.orElse("-"));
                }

                @Override
                public void instantiate(Optional<String> id, byte[] component) throws WeftException {
                    log.add("instantiate " + id.orElse("-"));
                    String text = new String(component, StandardCharsets.UTF_8);
                    if (text.contains("UNLINKABLE")) {
                        throw new LinkException("missing import");
                    }
                    if (text.contains("START_TRAPS")) {
                        throw new Trap("unreachable");
                    }
                }

                @Override
                public void instantiateDefinition(Optional<String> instance, Optional<String> definition) {
                    log.add("instance " + instance.orElse("-") + " " + definition.orElse("-"));
                }

                @Override
                public void register(String name, Optional<String> instance) {
                    log.add("register " + name);
                }

                @Override
                public List<Val> invoke(Action.Invoke invoke) throws WeftException, NotSupportedException {
                    log.add("invoke " + invoke.name() + " " + invoke.args());
                    return switch (invoke.name()) {
                        case "trap" -> throw new Trap("boom");
                        case "unsupported" -> throw new NotSupportedException("cannot call that yet");
                        case "forever" -> {
                            try {
                                release.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            yield results;
                        }
                        default -> results;
                    };
                }

                @Override
                public void close() {
                    log.add("close");
                }
            };
        }
    }
}
